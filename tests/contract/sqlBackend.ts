import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app';
import type { Deps } from '../../server/rules/context';
import { nodePasswords } from '../../server/node/passwords';
import { nodeSanitize } from '../../server/node/sanitize';
import type { Store } from '../../server/store/types';
import { deps as memoryDeps } from '../../mocks/node';
import { createSqlStore } from '../../server/store/sql';

export interface SqlBackend {
  store: Store;
  deps: Deps;
  origin: string;
  close(): Promise<void>;
}

/**
 * The app on a SQL store, listening on a free loopback port: PGlite in memory, or the
 * PostgreSQL server of TEST_DATABASE_URL (its tables are dropped and migrated afresh).
 */
export const startSqlBackend = async (kind: 'pglite' | 'postgres'): Promise<SqlBackend> => {
  const url = process.env.TEST_DATABASE_URL;
  if (kind === 'postgres' && !url) throw new Error('NEWSDESK_TEST_STORE=postgres needs TEST_DATABASE_URL');
  const store = await createSqlStore(kind === 'pglite' ? { kind } : { kind, url: url!, fresh: true });
  // The test clock of mocks/node, so setClock moves this app's time too.
  const deps: Deps = { store, clock: memoryDeps.clock, passwords: nodePasswords, sanitize: nodeSanitize, demo: { seedSize: 200, resetByAnyone: true } };
  const app = createApp(deps, { onUnexpected: (e) => console.error(e) });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    store,
    deps,
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
};
