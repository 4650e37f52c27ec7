// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dayNumber } from '../../../server/rules/clock';
import { createSqlStore, type SqlStore } from '../../../server/store/sql';
import type { ArticleRow, MetricFilter } from '../../../server/store/types';
import { NOW, rewriteArticle, rewriteUndone, seed200, sqlStoreKinds } from './sqlStores';

const today = dayNumber(NOW);
const filters: MetricFilter[] = [{}, { langs: ['ar'] }, { authorIds: [1, 2] }, { categoryIds: [3, 9, -1] }, { authorIds: [] }];

/**
 * Top lists of the last 7 and 30 days read the articles' kept sums (views_7d … shares_30d) when
 * they end on the period's last day; they must rank exactly as summing the period's rows does
 * (ties to the lower id), after every kind of change to the rows, across the daily advance, and
 * with saves and advances running at once in two stores on one database (PostgreSQL).
 */
describe.each(sqlStoreKinds())('top lists from kept sums equal the scan ($name)', ({ name, open }) => {
  let store: SqlStore;
  let last = today;
  beforeAll(async () => {
    store = await open();
    await store.load(seed200);
  }, 120_000);
  afterAll(() => store?.close());

  const expectSameAsScan = async (s: SqlStore = store) => {
    expect(await s.db.metrics.lastDay(last + 10)).toBe(last);
    let ranked = 0;
    for (const days of [7, 30]) {
      const p = { from: last - days + 1, to: last };
      for (const by of ['views', 'shares'] as const) {
        for (const f of filters) {
          for (const limit of [1, 10, 100]) {
            const scan = await s.metricsBy('scan').top(p, f, by, limit);
            expect(await s.metricsBy('kept').top(p, f, by, limit)).toEqual(scan);
            expect(await s.db.metrics.top(p, f, by, limit)).toEqual(scan);
            ranked += scan.length;
          }
        }
      }
    }
    // Not an empty comparison: most published articles have traffic in the last week.
    expect(ranked).toBeGreaterThan(1000);
  };

  const rewrite = async (s: SqlStore, id: number, change: Partial<ArticleRow>) =>
    expect(await rewriteArticle(s.db, id, change)).not.toBeNull();
  const published = async () =>
    (await store.db.articles.list({ where: [{ field: 'status', op: 'in', values: ['published'] }], sort: [['views', 'DESC'], ['id', 'ASC']], range: [0, 19] })).rows;
  const daysAgo = (n: number) => new Date(NOW - n * 86_400_000).toISOString();

  test('after the seed is loaded, with ties among the shares', async () => {
    await expectSameAsScan();
    const shares = (await store.metricsBy('kept').top({ from: last - 6, to: last }, {}, 'shares', 100)).map((e) => e.shares);
    expect(new Set(shares).size).toBeLessThan(shares.length);
  }, 120_000);

  test('a period the sums are not for is summed from the rows (the same answer either way)', async () => {
    for (const p of [{ from: last - 7, to: last - 1 }, { from: last - 5, to: last + 1 }, { from: last - 13, to: last }]) {
      await expect(store.metricsBy('kept').top(p, {}, 'views', 10)).rejects.toThrow();
      expect(await store.db.metrics.top(p, {}, 'views', 10)).toEqual(await store.metricsBy('scan').top(p, {}, 'views', 10));
    }
  }, 60_000);

  test('after articles are published, re-dated, unpublished and deleted', async () => {
    const [a, b, c, d] = await published();
    await rewrite(store, a.id, { publishedAt: daysAgo(3) });
    await rewrite(store, b.id, { publishedAt: daysAgo(20) });
    await rewrite(store, c.id, { status: 'draft', publishedAt: null });
    expect(await store.db.articles.remove(d.id)).toBe(true);
    const drafts = await store.db.articles.list({ where: [{ field: 'status', op: 'in', values: ['draft'] }], sort: [['id', 'ASC']], range: [0, 0] });
    await rewrite(store, drafts.rows[0].id, { status: 'published', publishedAt: daysAgo(10) });
    await expectSameAsScan();
  }, 120_000);

  test('after a change undone by its transaction', async () => {
    const [, , , , e] = await published();
    await rewriteUndone(store, e.id, { publishedAt: daysAgo(1) });
    await expectSameAsScan();
  }, 120_000);

  test('after the window moves on one day, then two', async () => {
    last = today + 1;
    await store.advanceTraffic(last);
    await expectSameAsScan();
    last = today + 3;
    await store.advanceTraffic(last);
    await expectSameAsScan();
  }, 180_000);

  test('saves re-dating articles while the window moves, in one store or two on one database', async () => {
    const url = process.env.TEST_DATABASE_URL;
    const other = name === 'postgres' && url ? await createSqlStore({ kind: 'postgres', url }) : store;
    try {
      const articles = (await published()).slice(5, 15);
      last += 1;
      await Promise.all([
        store.advanceTraffic(last),
        other.advanceTraffic(last),
        ...articles.map((a, i) => rewrite(i % 2 ? store : other, a.id, { publishedAt: daysAgo(2 + i) })),
      ]);
      await expectSameAsScan();
      await expectSameAsScan(other);
    } finally {
      if (other !== store) await other.close();
    }
  }, 180_000);
});
