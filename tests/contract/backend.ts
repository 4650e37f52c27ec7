import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'react-admin';
import type { Store } from '../../server/store/types';
import { deps as memoryDeps, resetClock, resetDb, server, setClock, store as memoryStore } from '../../mocks/node';
import { startSqlBackend, type SqlBackend } from './sqlBackend';

/**
 * The contract suite runs unchanged against every store: `NEWSDESK_TEST_STORE` picks it.
 * - `memory` (default): the app on the in-memory store behind MSW's Node interceptor;
 * - `pglite`: the app on an in-memory PGlite database, served by @hono/node-server on loopback
 *   and called over real HTTP;
 * - `postgres`: the same on the PostgreSQL server of `TEST_DATABASE_URL`.
 * Every test starts from a fresh 200-article seed at NOW, the clock frozen there.
 */
export const STORE = (process.env.NEWSDESK_TEST_STORE ?? 'memory') as 'memory' | 'pglite' | 'postgres';
export const NOW = Date.parse('2025-10-28T09:00:00Z');
export const SEED = 200;
/** The base URL of the API under test (live binding: set once the server listens). */
export let API = 'http://localhost/api';

let sql: SqlBackend | undefined;
/** The store under test, for fixtures that arrange data through the storage interface. */
export const store = (): Store => sql?.store ?? memoryStore;
export const backendDeps = () => sql?.deps ?? memoryDeps;
export { setClock };

export const withBackend = () => {
  beforeAll(async () => {
    if (STORE === 'memory') {
      server.listen({ onUnhandledRequest: 'error' });
      return;
    }
    sql = await startSqlBackend(STORE, { size: SEED, now: NOW });
    API = `${sql.origin}/api`;
  });
  beforeEach(async () => {
    setClock(() => NOW);
    if (sql) await sql.store.restoreCheckpoint();
    else resetDb(SEED);
  });
  afterAll(async () => {
    resetClock();
    // The SQL backend stays up for the next file (it ends with the test run's worker).
    if (STORE === 'memory') server.close();
    sql = undefined;
  });
};

/** The real ra-data-simple-rest client, adding the bearer token like the app's httpClient. */
export const clientWith = (token?: string): DataProvider =>
  simpleRestProvider(API, (url: string, options: fetchUtils.Options = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return fetchUtils.fetchJson(url, { ...options, headers });
  });

/** A raw request with a token, for status codes and headers the client hides. */
export const call = async (token: string | undefined, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
  const res = await fetch(`${API}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : null };
};

/** Signs in through the contract and returns the bearer token. */
export const login = async (email: string, password = 'newsdesk'): Promise<string> => {
  const res = await call(undefined, 'POST', '/auth/login', { email, password });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
  return String(res.json?.token);
};

export type Role = 'admin' | 'editor' | 'moderator';
export const signIn = async (role: Role) => clientWith(await login(`${role}@newsdesk.test`));
