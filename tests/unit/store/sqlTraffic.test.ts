// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dayNumber } from '../../../server/rules/clock';
import { articleDays, isViralDay, metricRowOnDay } from '../../../server/seed/traffic';
import type { SqlStore } from '../../../server/store/sql';
import { NOW, seed200, sqlStoreKinds } from './sqlStores';

/** The rows the database generated equal the JavaScript model's, to the unit. */
describe.each(sqlStoreKinds())('traffic generated in SQL ($name)', ({ open }) => {
  let store: SqlStore;
  beforeAll(async () => {
    store = await open();
    await store.load(seed200);
  }, 120_000);
  afterAll(() => store?.close());

  const published = seed200.articles.filter((a) => articleDays(a, NOW));
  const pubDay = (a: (typeof published)[number]) => dayNumber(Date.parse(a.publishedAt!));

  test('every published article has exactly the rows of its days, equal to metricRowOnDay', async () => {
    const ids = published.slice(0, 60).map((a) => a.id);
    const { rows, total } = await store.db.metrics.rows({ articleIds: ids, byDate: false, order: 'ASC', range: null });
    const expected = published.slice(0, 60).flatMap((a) => {
      const days = articleDays(a, NOW)!;
      return Array.from({ length: days.last - days.first + 1 }, (_, k) => {
        const m = metricRowOnDay(a.id, days.first + k, pubDay(a));
        return { articleId: a.id, day: days.first + k, views: m.views, shares: m.shares };
      });
    });
    expect(total).toBe(expected.length);
    expect(rows).toEqual(expected);
  });

  test('viral days (12× the views) come out the same', async () => {
    const viral = published.flatMap((a) => {
      const days = articleDays(a, NOW)!;
      const out: { id: number; day: number }[] = [];
      for (let d = days.first; d <= days.last; d++) if (isViralDay(a.id, d)) out.push({ id: a.id, day: d });
      return out;
    });
    expect(viral.length).toBeGreaterThan(0);
    for (const { id, day } of viral) {
      const { rows } = await store.db.metrics.rows({ articleIds: [id], from: day, to: day, byDate: true, order: 'ASC', range: null });
      const a = published.find((p) => p.id === id)!;
      const m = metricRowOnDay(id, day, pubDay(a));
      expect(rows).toEqual([{ articleId: id, day, views: m.views, shares: m.shares }]);
    }
  });

  test('article totals are the sums of their rows', async () => {
    for (const a of published.slice(0, 40)) {
      const days = articleDays(a, NOW)!;
      let views = 0;
      let shares = 0;
      for (let d = days.first; d <= days.last; d++) {
        const m = metricRowOnDay(a.id, d, pubDay(a));
        views += m.views;
        shares += m.shares.facebook + m.shares.x + m.shares.whatsapp + m.shares.telegram + m.shares.email;
      }
      expect(await store.db.articles.get(a.id)).toMatchObject({ views, shares });
    }
  });

  test('the next day is generated on demand, and the window moves', async () => {
    const today = dayNumber(NOW);
    await store.advanceTraffic(today + 1);
    expect(await store.db.metrics.lastDay(today + 5)).toBe(today + 1);
    const a = published[0];
    const { rows } = await store.db.metrics.rows({ articleIds: [a.id], byDate: true, order: 'DESC', range: [0, 0] });
    const m = metricRowOnDay(a.id, today + 1, pubDay(a));
    expect(rows[0]).toEqual({ articleId: a.id, day: today + 1, views: m.views, shares: m.shares });
    expect((await store.db.metrics.span(a.id))!.first).toBeGreaterThanOrEqual(today + 1 - 89);
  });
});
