import { setupServer } from 'msw/node';
import { createApp } from '../server/app';
import { buildSeed, DEFAULT_SEED_SIZE } from '../server/seed';
import { createMemoryStore } from '../server/store/memory';
import type { Deps } from '../server/rules/context';
import { nodePasswords } from '../server/node/passwords';
import { nodeSanitize } from '../server/node/sanitize';
import { handlersFor } from './handlers';

/**
 * The backend for Node tests: the app on the in-memory store, with a clock tests can freeze or
 * move, behind MSW's Node interceptor (component tests fetch `/api` as the browser would).
 */
type ClockFn = () => number | Date;
let clockFn: ClockFn = () => Date.now();
const clock = () => {
  const t = clockFn();
  return typeof t === 'number' ? t : t.getTime();
};
export const setClock = (fn: ClockFn): void => {
  clockFn = fn;
};
export const resetClock = (): void => {
  clockFn = () => Date.now();
};

let seedSize = DEFAULT_SEED_SIZE;
export const store = createMemoryStore(buildSeed(seedSize, clock()), clock);
export const deps: Deps = {
  store,
  clock,
  passwords: nodePasswords,
  sanitize: nodeSanitize,
  demo: { get seedSize() { return seedSize; }, resetByAnyone: true },
};
export const app = createApp(deps, { onUnexpected: (e) => console.error(e) });
export const server = setupServer(...handlersFor(app));

/** The tables of the in-memory store, for tests that arrange data directly. */
export const getDb = () => store.tables;

/** A fresh seed of `size` articles (default: the last size used) at the current clock. */
export const resetDb = (size: number = seedSize) => {
  seedSize = size;
  void store.load(buildSeed(size, clock()));
  return store.tables;
};

/** Signs in through the contract and returns the bearer token. */
export const login = async (email: string, password = 'newsdesk', origin = 'http://localhost'): Promise<string> => {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status}`);
  const { token } = (await res.json()) as { token: string };
  return token;
};
