// @vitest-environment node
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createSqlStore, type SqlStore } from '../../../server/store/sql';
import { rewriteArticle, seed200 } from './sqlStores';

/**
 * PGlite has no autovacuum: the housekeeping (`tidy`, every 10 minutes) vacuums every table
 * once a day (and records when, in `meta`), so the old row versions saves leave behind are
 * cleared and tables stop growing.
 */
let store: SqlStore;
beforeAll(async () => {
  store = await createSqlStore({ kind: 'pglite' });
  await store.load(seed200);
}, 120_000);
afterAll(() => store?.close());

const lastVacuum = async () => Number(await store.meta.get('pglite.vacuumedAt'));
const saveSome = async () => {
  for (const id of [1, 2, 3]) expect(await rewriteArticle(store.db, id, { summary: `Changed ${Math.random()}` })).not.toBeNull();
};

test('a new database counts as vacuumed: the housekeeping waits a day', async () => {
  const loaded = await lastVacuum();
  expect(Date.now() - loaded).toBeLessThan(60_000);
  await saveSome();
  await store.tidy();
  expect(await lastVacuum()).toBe(loaded);
});

test('a day after the last vacuum, the housekeeping vacuums again, and saves go on', async () => {
  const dayAgo = Date.now() - 24 * 3_600_000 - 1;
  await store.meta.set('pglite.vacuumedAt', String(dayAgo));
  await saveSome();
  await store.tidy();
  expect(Date.now() - (await lastVacuum())).toBeLessThan(60_000);
  await saveSome();
});
