import { dropSchemas } from '../../support/freshPostgres';
import { buildSeed } from '../../../server/seed';
import { expect } from 'vitest';
import { createSqlStore, type SqlStore } from '../../../server/store/sql';
import type { ArticleRow } from '../../../server/store/types';

/** The instant the test seed is built for (fixed, so figures are the same every run). */
export const NOW = Date.UTC(2025, 9, 28, 12, 0, 0);
export const seed200 = buildSeed(200, NOW);

/**
 * The SQL stores the suite runs on: in-memory PGlite, and a PostgreSQL server when
 * TEST_DATABASE_URL is set (its public schema and drizzle's migration log are dropped first).
 * With NEWSDESK_TEST_STORE=postgres, PostgreSQL alone: `npm run test:store:postgres`, the CI's
 * run of these tests on a real server (the unit run has already covered PGlite).
 */
export const sqlStoreKinds = (): { name: string; open: () => Promise<SqlStore> }[] => {
  const postgresOnly = process.env.NEWSDESK_TEST_STORE === 'postgres';
  const kinds = postgresOnly ? [] : [{ name: 'pglite', open: () => createSqlStore({ kind: 'pglite' }) }];
  const url = process.env.TEST_DATABASE_URL;
  if (postgresOnly && !url) throw new Error('NEWSDESK_TEST_STORE=postgres needs TEST_DATABASE_URL');
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

/** Saves article `id` with `change` applied to its stored fields, as a PUT writes it; null on a version conflict. */
export const rewriteArticle = async (db: SqlStore['db'], id: number, change: Partial<ArticleRow>) => {
  const a = (await db.articles.get(id))!;
  const row: Partial<typeof a> = { ...a };
  for (const k of ['id', 'version', 'views', 'shares'] as const) delete row[k];
  return db.articles.update(id, { ...(row as ArticleRow), ...change }, a.version);
};

/** The same save, in a transaction that is then undone. */
export const rewriteUndone = (store: SqlStore, id: number, change: Partial<ArticleRow>) =>
  expect(
    store.tx(async (db) => {
      await rewriteArticle(db, id, change);
      throw new Error('undo');
    }),
  ).rejects.toThrow('undo');
