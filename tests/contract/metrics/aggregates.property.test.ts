import fc from 'fast-check';
import { call, withBackend, login } from '../backend';
import { loadWorld, matches, sectionOf, sum, type Filter, type Row, type World } from './bruteForce';
import { filter, isoOf, LAST_DAY, period, query } from './arbitraries';

withBackend();
const RUNS = 40;

interface Totals {
  views: number;
  shares: number;
  byNetwork: Record<string, number>;
}
const get = async <T>(token: string, path: string) => {
  const res = await call(token, 'GET', path);
  expect(res.status).toBe(200);
  return res.json as unknown as T;
};
let world: World;
const kept = (rows: Row[], p: { from: number; to: number }, f: Filter) =>
  rows.filter((r) => r.day >= p.from && r.day <= p.to && matches(world, r.a, f));

describe('every aggregation equals a brute-force sum over the derived rows', () => {
  let token: string;
  let rows: Row[];
  beforeEach(async () => {
    token = await login('moderator@newsdesk.test');
    world = await loadWorld(token);
    rows = world.rows;
  });

  test('summary: totals of the period and of the one before it', async () => {
    await fc.assert(
      fc.asyncProperty(period, filter, async (p, f) => {
        const got = await get<{ totals: Totals; previous: Totals; previousPeriod: { from: string; to: string } }>(token, `/metrics/summary?${query(p, f)}`);
        const len = p.to - p.from + 1;
        const before = { from: p.from - len, to: p.from - 1 };
        expect(got.totals).toEqual(sum(kept(rows, p, f)));
        expect(got.previous).toEqual(sum(kept(rows, before, f)));
        expect(got.previousPeriod).toEqual({ from: isoOf(before.from), to: isoOf(before.to) });
      }),
      { numRuns: RUNS },
    );
  });

  test('series: one entry per day of the period, zeros where no rows exist', async () => {
    await fc.assert(
      fc.asyncProperty(period, filter, async (p, f) => {
        const got = await get<{ days: ({ date: string } & Totals)[] }>(token, `/metrics/series?${query(p, f)}`);
        const all = kept(rows, p, f);
        const want = [];
        for (let d = p.from; d <= p.to; d++) want.push({ date: isoOf(d), ...sum(all.filter((r) => r.day === d)) });
        expect(got.days).toEqual(want);
      }),
      { numRuns: RUNS },
    );
  });

  test('breakdown by section, category, language and author', async () => {
    const groupOf: Record<string, (r: Row) => string | number> = {
      section: (r) => (r.a.categoryId === null ? -1 : sectionOf(world, r.a.categoryId)),
      category: (r) => r.a.categoryId ?? -1,
      language: (r) => r.a.lang,
      author: (r) => r.a.authorId ?? -1,
    };
    await fc.assert(
      fc.asyncProperty(period, filter, fc.constantFrom('section', 'category', 'language', 'author'), async (p, f, by) => {
        const got = await get<{ items: ({ key: string | number } & Totals)[] }>(token, `/metrics/breakdown?${query(p, f, `&by=${by}`)}`);
        const groups = new Map<string | number, Row[]>();
        for (const r of kept(rows, p, f)) groups.set(groupOf[by](r), [...(groups.get(groupOf[by](r)) ?? []), r]);
        const want = [...groups].map(([key, rs]) => ({ key, ...sum(rs) })).filter((g) => g.views > 0 || g.shares > 0);
        const strip = ({ key, views, shares, byNetwork }: { key: string | number } & Totals) => ({ key, views, shares, byNetwork });
        expect(got.items.map(strip).sort((a, b) => String(a.key).localeCompare(String(b.key)))).toEqual(
          want.sort((a, b) => String(a.key).localeCompare(String(b.key))),
        );
        const views = got.items.map((g) => g.views);
        expect(views).toEqual([...views].sort((a, b) => b - a));
      }),
      { numRuns: RUNS },
    );
  });

  test('top N by views or shares, with each article’s daily trend', async () => {
    await fc.assert(
      fc.asyncProperty(period, filter, fc.constantFrom('views', 'shares'), fc.integer({ min: 1, max: 15 }), async (p, f, by, limit) => {
        type Item = { articleId: number; views: number; shares: number; trend: number[]; title: string };
        const got = await get<{ items: Item[] }>(token, `/metrics/top?${query(p, f, `&by=${by}&limit=${limit}`)}`);
        const per = new Map<number, Row[]>();
        for (const r of kept(rows, p, f)) per.set(r.a.id, [...(per.get(r.a.id) ?? []), r]);
        const m = by === 'views' ? 'views' : 'shares';
        const ranked = [...per]
          .map(([id, rs]) => ({ id, a: rs[0].a, rs, ...sum(rs) }))
          .filter((x) => x[m] > 0)
          .sort((x, y) => y[m] - x[m] || x.id - y.id)
          .slice(0, limit);
        expect(got.items.map((i) => [i.articleId, i.views, i.shares, i.title])).toEqual(ranked.map((x) => [x.id, x.views, x.shares, x.a.title]));
        for (const [k, x] of ranked.entries()) {
          const trend = [];
          for (let d = p.from; d <= p.to; d++) trend.push(x.rs.find((r) => r.day === d)?.[m] ?? 0);
          expect(got.items[k].trend).toEqual(trend);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('top N over the named periods, which the SQL stores answer from kept sums (7 and 30 days)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('today', '7d', '30d', '90d'), filter, fc.constantFrom('views', 'shares'), fc.integer({ min: 1, max: 100 }), async (name, f, by, limit) => {
        type Item = { articleId: number; views: number; shares: number };
        const days = { today: 1, '7d': 7, '30d': 30, '90d': 90 }[name];
        const got = await get<{ items: Item[] }>(token, `/metrics/top?period=${name}&filter=${encodeURIComponent(JSON.stringify(f))}&by=${by}&limit=${limit}`);
        const per = new Map<number, Row[]>();
        for (const r of kept(rows, { from: LAST_DAY - days + 1, to: LAST_DAY }, f)) per.set(r.a.id, [...(per.get(r.a.id) ?? []), r]);
        const ranked = [...per]
          .map(([id, rs]) => ({ id, ...sum(rs) }))
          .filter((x) => x[by] > 0)
          .sort((x, y) => y[by] - x[by] || x.id - y.id)
          .slice(0, limit);
        expect(got.items.map((i) => [i.articleId, i.views, i.shares])).toEqual(ranked.map((x) => [x.id, x.views, x.shares]));
      }),
      { numRuns: RUNS },
    );
  });

  test('one article’s series is its rows, day by day', async () => {
    const ids = [...new Set(rows.map((r) => r.a.id))];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ids), period, async (id, p) => {
        const got = await get<{ days: ({ date: string } & Totals)[] }>(token, `/metrics/articles/${id}/series?from=${isoOf(p.from)}&to=${isoOf(p.to)}`);
        const mine = rows.filter((r) => r.a.id === id);
        const want = [];
        for (let d = p.from; d <= p.to; d++) want.push({ date: isoOf(d), ...sum(mine.filter((r) => r.day === d)) });
        expect(got.days).toEqual(want);
      }),
      { numRuns: RUNS },
    );
  });
});
