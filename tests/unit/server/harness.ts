import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../../../server/app';
import type { LogEntry } from '../../../server/http/accessLog';
import { nodePasswords } from '../../../server/node/passwords';
import { nodeSanitize } from '../../../server/node/sanitize';
import { readSettings, type Settings } from '../../../server/node/settings';
import { startServer, type RunningServer, type StartOptions } from '../../../server/node/server';
import type { Deps } from '../../../server/rules/context';
import { buildSeed } from '../../../server/seed';
import { createMemoryStore } from '../../../server/store/memory';
import type { Store } from '../../../server/store/types';

/** Shared pieces of the server tests: stores, settings, a built SPA, servers on 127.0.0.1:0. */

export const NOW = Date.parse('2026-03-10T09:00:00Z');

/** A memory store with the demo seed, or a new, empty one (no user, no record). */
export const memoryStore = (seedSize: number | 'empty' = 50, clock = () => NOW) => {
  const seed = buildSeed(seedSize === 'empty' ? 0 : seedSize, NOW);
  const data = seedSize === 'empty' ? { ...seed, users: [], credentials: new Map(), revisions: [], activity: [] } : seed;
  return createMemoryStore(data, clock);
};

export const depsFor = (store: Store, demo: Deps['demo'] = { seedSize: 50, resetByAnyone: false }): Deps => ({
  store, clock: () => NOW, passwords: nodePasswords, sanitize: nodeSanitize, demo,
});

/** A fake production build: index.html and one hashed asset. */
export const builtSpa = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-spa-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
  return dir;
};

export const settingsFor = (env: Record<string, string> = {}): Settings =>
  readSettings({ PORT: '0', HOST: '127.0.0.1', NEWSDESK_STATIC_DIR: join(tmpdir(), 'newsdesk-no-spa'), NEWSDESK_SEED_ARTICLES: '50', ...env });

export interface Started extends RunningServer {
  logs: LogEntry[];
}

/** A real server on 127.0.0.1 (a free port), its log lines collected. */
export const start = async (
  store: Store,
  env: Record<string, string> = {},
  options: Partial<StartOptions> = {},
): Promise<Started> => {
  const logs: LogEntry[] = [];
  const running = await startServer({
    settings: settingsFor(env),
    openStore: async () => store,
    log: (e) => void logs.push(e),
    clock: () => NOW,
    ...options,
  });
  return Object.assign(running, { logs });
};

export const signIn = async (base: string, email: string, password = 'newsdesk') => {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return { status: res.status, body: (await res.json()) as { token?: string; user?: { id: number } } };
};

export const appFor = (store: Store, options: Parameters<typeof createApp>[1] = {}) => createApp(depsFor(store), options);
