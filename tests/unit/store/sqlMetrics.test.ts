// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dayNumber } from '../../../server/rules/clock';
import { articleDays, metricRowOnDay, totalShares } from '../../../server/seed/traffic';
import type { SqlStore } from '../../../server/store/sql';
import type { MetricFilter, Period } from '../../../server/store/types';
import { NOW, seed200, sqlStoreKinds } from './sqlStores';

type SeedArticle = (typeof seed200.articles)[number];
const today = dayNumber(NOW);

/** Every row of the seed, from the JavaScript model: the reference the SQL answers must equal. */
const facts = seed200.articles.flatMap((a) => {
  const days = articleDays(a, NOW);
  if (!days) return [];
  const pub = dayNumber(Date.parse(a.publishedAt!));
  return Array.from({ length: days.last - days.first + 1 }, (_, k) => ({ a, first: days.first, ...metricRowOnDay(a.id, days.first + k, pub), day: days.first + k }));
});
const keep = (f: MetricFilter) => (a: SeedArticle) =>
  (!f.categoryIds || f.categoryIds.includes(a.categoryId ?? -1)) && (!f.langs || f.langs.includes(a.lang)) &&
  (!f.authorIds || f.authorIds.includes(a.authorId ?? -1));
const rowsIn = (p: Period, f: MetricFilter) => facts.filter((r) => r.day >= p.from && r.day <= p.to && keep(f)(r.a));
const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
const sectionOf = (categoryId: number | null) => {
  const c = seed200.categories.find((x) => x.id === categoryId);
  return c ? (c.parentId ?? c.id) : -1;
};

describe.each(sqlStoreKinds())('metrics in SQL ($name)', ({ open }) => {
  let store: SqlStore;
  beforeAll(async () => {
    store = await open();
    await store.load(seed200);
  }, 120_000);
  afterAll(() => store?.close());

  const week = { from: today - 6, to: today };
  const quarter = { from: today - 89, to: today };
  const filters: MetricFilter[] = [{}, { langs: ['ar'] }, { categoryIds: [3, 9], authorIds: [1] }];

  test('lastDay and span', async () => {
    expect(await store.db.metrics.lastDay(today)).toBe(today);
    expect(await store.db.metrics.lastDay(today - 200)).toBeNull();
    const a = facts[0].a;
    expect(await store.db.metrics.span(a.id)).toEqual({ first: facts[0].first, last: today });
  });

  test.each(filters)('totals and series equal the sums of the rows (%o)', async (f) => {
    for (const p of [week, quarter]) {
      const rows = rowsIn(p, f);
      const totals = await store.db.metrics.totals(p, f);
      expect(totals.views).toBe(sum(rows.map((r) => r.views)));
      expect(totals.shares).toBe(sum(rows.map((r) => totalShares(r.shares))));
      expect(totals.byNetwork.telegram).toBe(sum(rows.map((r) => r.shares.telegram)));
    }
    const series = await store.db.metrics.series(week, f);
    expect(series.map((d) => d.day)).toEqual([0, 1, 2, 3, 4, 5, 6].map((k) => week.from + k));
    expect(series.map((d) => d.views)).toEqual(series.map((d) => sum(rowsIn({ from: d.day, to: d.day }, f).map((r) => r.views))));
  });

  test('top: most views first, ties to the lower id, with a daily trend', async () => {
    const top = await store.db.metrics.top(week, {}, 'views', 5);
    const per = new Map<number, number>();
    for (const r of rowsIn(week, {})) per.set(r.a.id, (per.get(r.a.id) ?? 0) + r.views);
    const expected = [...per].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, 5);
    expect(top.map((t) => [t.articleId, t.views])).toEqual(expected);
    const best = top[0];
    expect(best.trend).toHaveLength(7);
    expect(sum(best.trend)).toBe(best.views);
  });

  test('breakdown by section, language and author', async () => {
    const bySection = await store.db.metrics.breakdown(quarter, {}, 'section');
    const per = new Map<number, number>();
    for (const r of rowsIn(quarter, {})) per.set(sectionOf(r.a.categoryId), (per.get(sectionOf(r.a.categoryId)) ?? 0) + r.views);
    expect(bySection.map((g) => [g.key, g.views])).toEqual([...per].sort((x, y) => y[1] - x[1]));
    const byLang = await store.db.metrics.breakdown(week, {}, 'language');
    expect(byLang.map((g) => g.key).sort()).toEqual(['ar', 'en']);
    const byAuthor = await store.db.metrics.breakdown(week, { langs: ['en'] }, 'author');
    expect(sum(byAuthor.map((g) => g.views))).toBe((await store.db.metrics.totals(week, { langs: ['en'] })).views);
  });

  test('spikes: at least 50 views and more than 5 × the median of 7 complete previous days', async () => {
    const expected = facts
      .filter((r) => r.day - 7 >= r.first && r.day - 7 >= today - 89 && r.views >= 50)
      .map((r) => {
        const before = facts.filter((x) => x.a.id === r.a.id && x.day >= r.day - 7 && x.day < r.day).map((x) => x.views);
        const median = [...before].sort((x, y) => x - y)[3];
        return { articleId: r.a.id, day: r.day, views: r.views, median };
      })
      .filter((h) => h.views > 5 * Math.max(1, h.median))
      .sort((x, y) => y.day - x.day || y.views / Math.max(y.median, 1) - x.views / Math.max(x.median, 1) || x.articleId - y.articleId);
    expect(expected.length).toBeGreaterThan(0);
    expect(await store.db.metrics.spikes(quarter, {}, 5)).toEqual(expected);
  });
});
