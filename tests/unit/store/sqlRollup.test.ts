// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dayNumber } from '../../../server/rules/clock';
import type { SqlStore } from '../../../server/store/sql';
import type { ArticleRow, Grouping, MetricFilter, Period } from '../../../server/store/types';
import { NOW, rewriteArticle, rewriteUndone, seed200, sqlStoreKinds } from './sqlStores';

const today = dayNumber(NOW);
type Sums = { views: number; shares: number; facebook: number; x: number; whatsapp: number; telegram: number; email: number };
const zero = (): Sums => ({ views: 0, shares: 0, facebook: 0, x: 0, whatsapp: 0, telegram: 0, email: 0 });

/**
 * The rollup metrics_segment_daily, read by totals, series and breakdowns, against brute force:
 * every metric row of the store added up in JavaScript, after each kind of change the triggers
 * follow (rows generated, an article's segment changed, unpublished, deleted, the window moved,
 * a transaction undone).
 */
describe.each(sqlStoreKinds())('the metrics rollup equals the sums of the rows ($name)', ({ open }) => {
  let store: SqlStore;
  let last = today;
  beforeAll(async () => {
    store = await open();
    await store.load(seed200);
  }, 120_000);
  afterAll(() => store?.close());

  const bruteForce = async () => {
    const articles = new Map((await store.db.articles.list({ where: [], sort: [['id', 'ASC']], range: null })).rows.map((a) => [a.id, a]));
    const categories = new Map((await store.db.categories.list({ where: [], sort: [['id', 'ASC']], range: null })).rows.map((c) => [c.id, c]));
    const rows = (await store.db.metrics.rows({ byDate: true, order: 'ASC', range: null })).rows;
    return rows.map((r) => {
      const a = articles.get(r.articleId)!;
      const category = a.categoryId ?? -1;
      return {
        day: r.day, articleId: r.articleId, views: r.views, ...r.shares, shares: Object.values(r.shares).reduce((s, x) => s + x, 0),
        key: { category, author: a.authorId ?? -1, language: a.lang, section: categories.get(category)?.parentId ?? category } as Record<Grouping, number | string>,
      };
    });
  };
  const add = (into: Sums, r: Sums) => {
    for (const k of Object.keys(into) as (keyof Sums)[]) into[k] += r[k];
  };
  const asTotals = (s: Sums) => ({ views: s.views, shares: s.shares, byNetwork: { facebook: s.facebook, x: s.x, whatsapp: s.whatsapp, telegram: s.telegram, email: s.email } });

  const expectRollupRight = async () => {
    const rows = await bruteForce();
    const window: Period = { from: last - 89, to: last };
    const filters: [MetricFilter, (k: Record<Grouping, number | string>) => boolean][] = [
      [{}, () => true],
      [{ langs: ['ar'] }, (k) => k.language === 'ar'],
      [{ categoryIds: [3, 9, -1], authorIds: [1, 2] }, (k) => [3, 9, -1].includes(k.category as number) && [1, 2].includes(k.author as number)],
    ];
    for (const [f, keep] of filters) {
      const days = new Map<number, Sums>();
      for (const r of rows) if (keep(r.key)) add(days.get(r.day) ?? days.set(r.day, zero()).get(r.day)!, r);
      const series = await store.db.metrics.series(window, f);
      expect(series).toEqual(Array.from({ length: 90 }, (_, k) => ({ day: window.from + k, ...asTotals(days.get(window.from + k) ?? zero()) })));
      const all = zero();
      for (const r of rows) if (keep(r.key) && r.day >= last - 6) add(all, r);
      expect(await store.db.metrics.totals({ from: last - 6, to: last }, f)).toEqual(asTotals(all));
    }
    // Top over the whole window reads the articles' own views and shares: the same as summing rows.
    for (const [period, by] of [[window, 'views'], [window, 'shares'], [{ from: last - 6, to: last }, 'views']] as const) {
      const perArticle = new Map<number, { views: number; shares: number }>();
      for (const r of rows) {
        if (r.day < period.from || r.day > period.to) continue;
        const t = perArticle.get(r.articleId) ?? perArticle.set(r.articleId, { views: 0, shares: 0 }).get(r.articleId)!;
        t.views += r.views;
        t.shares += r.shares;
      }
      const expected = [...perArticle].filter(([, t]) => t[by] > 0).sort(([a, x], [b, y]) => y[by] - x[by] || a - b).slice(0, 10);
      const got = await store.db.metrics.top(period, {}, by, 10);
      expect(got.map((e) => [e.articleId, { views: e.views, shares: e.shares }])).toEqual(expected);
    }
    for (const by of ['section', 'category', 'language', 'author'] as Grouping[]) {
      const groups = new Map<number | string, Sums>();
      for (const r of rows) add(groups.get(r.key[by]) ?? groups.set(r.key[by], zero()).get(r.key[by])!, r);
      const got = await store.db.metrics.breakdown(window, {}, by);
      expect(new Map(got.map((g) => [g.key, { views: g.views, shares: g.shares, byNetwork: g.byNetwork }])))
        .toEqual(new Map([...groups].filter(([, s]) => s.views > 0 || s.shares > 0).map(([k, s]) => [k, asTotals(s)])));
    }
  };

  const rewrite = async (id: number, change: Partial<ArticleRow>) =>
    expect(await rewriteArticle(store.db, id, change)).not.toBeNull();
  const published = async () =>
    (await store.db.articles.list({ where: [{ field: 'status', op: 'in', values: ['published'] }], sort: [['views', 'DESC'], ['id', 'ASC']], range: [0, 9] })).rows;

  test('after the seed is loaded', expectRollupRight, 60_000);

  test("after articles change category, author and language, and one loses its category", async () => {
    const [a, b, c] = await published();
    await rewrite(a.id, { categoryId: a.categoryId === 3 ? 9 : 3 });
    await rewrite(b.id, { authorId: b.authorId === 1 ? 2 : 1, lang: b.lang === 'en' ? 'ar' : 'en', slug: `${b.slug}-moved` });
    await rewrite(c.id, { categoryId: null });
    await expectRollupRight();
  }, 60_000);

  test('after an article is unpublished, another re-dated, and one deleted', async () => {
    const [, , , d, e, f] = await published();
    await rewrite(d.id, { status: 'draft', publishedAt: null });
    await rewrite(e.id, { publishedAt: new Date(NOW - 3 * 86_400_000).toISOString() });
    expect(await store.db.articles.remove(f.id)).toBe(true);
    await expectRollupRight();
  }, 60_000);

  test('after a change undone by its transaction', async () => {
    const [g] = await published();
    await rewriteUndone(store, g.id, { categoryId: 5 });
    await expectRollupRight();
  }, 60_000);

  test('after the window moves on two days', async () => {
    last = today + 2;
    await store.advanceTraffic(last);
    await expectRollupRight();
  }, 60_000);
});
