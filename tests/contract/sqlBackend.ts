import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app';
import type { Deps } from '../../server/rules/context';
import { nodePasswords } from '../../server/node/passwords';
import { nodeSanitize } from '../../server/node/sanitize';
import { deps as memoryDeps } from '../../mocks/node';
import { createSqlStore, type SqlStore } from '../../server/store/sql';
import { buildSeed } from '../../server/seed';
import { dropSchemas } from '../support/freshPostgres';

export interface SqlBackend {
  store: SqlStore;
  deps: Deps;
  origin: string;
  close(): Promise<void>;
}

let running: Promise<SqlBackend> | undefined;

/**
 * The app on a SQL store, listening on a free loopback port: PGlite in memory, or the
 * PostgreSQL server of TEST_DATABASE_URL (its tables are dropped and migrated afresh). Started
 * once for the whole run (the contract project runs its files one after another in one worker
 * for SQL stores, see vite.config.ts) with the seed loaded and checkpointed; each test then
 * restores the checkpoint.
 */
export const startSqlBackend = (kind: 'pglite' | 'postgres', seed: { size: number; now: number }): Promise<SqlBackend> =>
  (running ??= start(kind, seed));

const start = async (kind: 'pglite' | 'postgres', seed: { size: number; now: number }): Promise<SqlBackend> => {
  const url = process.env.TEST_DATABASE_URL;
  if (kind === 'postgres' && !url) throw new Error('NEWSDESK_TEST_STORE=postgres needs TEST_DATABASE_URL');
  if (kind === 'postgres') await dropSchemas(url!);
  // pg 8 only warns (once) when a query is sent on a connection still running another, as
  // queries sent together inside one transaction are; pg 9 refuses them. Here it fails the run.
  if (kind === 'postgres') {
    process.on('warning', (w) => {
      if (w.name === 'DeprecationWarning' && /already executing a query/.test(w.message)) throw w;
    });
  }
  const store = await createSqlStore(kind === 'pglite' ? { kind } : { kind, url: url! });
  // The test clock of mocks/node, so setClock moves this app's time too.
  const deps: Deps = { store, clock: memoryDeps.clock, passwords: nodePasswords, sanitize: nodeSanitize, demo: { seedSize: 200, resetByAnyone: true } };
  const app = createApp(deps, { onUnexpected: (e) => console.error(e) });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  await store.load(buildSeed(seed.size, seed.now));
  await store.saveCheckpoint();
  return {
    store,
    deps,
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      running = undefined;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
};
