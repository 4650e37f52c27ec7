import { dropSchemas } from '../../support/freshPostgres';
import { buildSeed } from '../../../server/seed';
import { createSqlStore, type SqlStore } from '../../../server/store/sql';

/** The instant the test seed is built for (fixed, so figures are the same every run). */
export const NOW = Date.UTC(2025, 9, 28, 12, 0, 0);
export const seed200 = buildSeed(200, NOW);

/**
 * The SQL stores the suite runs on: in-memory PGlite always, and a PostgreSQL server when
 * TEST_DATABASE_URL is set (its public schema and drizzle's migration log are dropped first).
 */
export const sqlStoreKinds = (): { name: string; open: () => Promise<SqlStore> }[] => {
  const kinds = [{ name: 'pglite', open: () => createSqlStore({ kind: 'pglite' }) }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    kinds.push({
      name: 'postgres',
      open: async () => {
        await dropSchemas(url);
        return createSqlStore({ kind: 'postgres', url });
      },
    });
  }
  return kinds;
};
