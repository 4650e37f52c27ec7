import fc from 'fast-check';
import { call, NOW, withBackend, login } from '../backend';
import type { Article } from '../../../src/schemas';
import { loadWorld, matches, median, type Row } from './bruteForce';
import { filter, isoOf, LAST_DAY, period, query } from './arbitraries';

withBackend();

interface Spike {
  articleId: number;
  date: string;
  views: number;
  median: number;
}

/** The definition, spelled out: ≥ 50 views and more than `multiple` × the median of 7 full prior days. */
const bruteSpikes = (rows: Row[], multiple: number) => {
  const byArticle = new Map<number, Map<number, number>>();
  for (const r of rows) byArticle.set(r.a.id, (byArticle.get(r.a.id) ?? new Map<number, number>()).set(r.day, r.views));
  return rows.flatMap((r) => {
    const days = byArticle.get(r.a.id)!;
    const prior = [1, 2, 3, 4, 5, 6, 7].map((k) => days.get(r.day - k));
    if (prior.some((v) => v === undefined)) return [];
    const m = median(prior as number[]);
    return r.views >= 50 && r.views > multiple * Math.max(m, 1) ? [{ r, median: m }] : [];
  });
};

describe('Needs review: spikes', () => {
  test('the seed has spikes at the default 5× over the 90-day window', async () => {
    const token = await login('moderator@newsdesk.test');
    const res = await call(token, 'GET', '/metrics/spikes?period=90d');
    expect((res.json as { total: number }).total).toBeGreaterThan(0);
    expect((res.json as { total: number }).total).toBe(bruteSpikes((await loadWorld(token)).rows, 5).length);
  });

  test('the spikes listed are exactly the brute-force ones, for random periods, filters and multiples', async () => {
    const token = await login('moderator@newsdesk.test');
    const world = await loadWorld(token);
    const rows = world.rows;
    await fc.assert(
      fc.asyncProperty(period, filter, fc.constantFrom(1.5, 2, 3, 5, 8), async (p, f, multiple) => {
        const res = await call(token, 'GET', `/metrics/spikes?${query(p, f, `&multiple=${multiple}&limit=1000`)}`);
        const got = (res.json as { items: Spike[] }).items;
        const want = bruteSpikes(rows, multiple).filter(({ r }) => r.day >= p.from && r.day <= p.to && matches(world, r.a, f));
        const key = (s: { articleId: number; date: string; views: number; median: number }) => `${s.date}|${s.articleId}|${s.views}|${s.median}`;
        expect(got.map(key).sort()).toEqual(want.map(({ r, median: m }) => key({ articleId: r.a.id, date: r.date, views: r.views, median: m })).sort());
        const dates = got.map((s) => s.date);
        expect(dates).toEqual([...dates].sort().reverse());
      }),
      { numRuns: 40 },
    );
  });

  test('the index follows article edits: a moved article counts in its new section', async () => {
    const token = await login('moderator@newsdesk.test');
    const admin = await login('admin@newsdesk.test');
    const world = await loadWorld(token);
    const before = await call(token, 'GET', `/metrics/summary?period=30d&filter=${encodeURIComponent('{"section":6}')}`);
    const filter = encodeURIComponent(JSON.stringify({ categoryId: 3, status: 'published', publishedAt_lte: new Date(NOW - 40 * 86_400_000).toISOString() }));
    const [a] = (await call(admin, 'GET', `/articles?filter=${filter}&range=[0,0]`)).json as unknown as Article[];
    expect((await call(admin, 'PUT', `/articles/${a.id}`, { ...a, categoryId: 6 })).status).toBe(200);
    const after = await call(token, 'GET', `/metrics/summary?period=30d&filter=${encodeURIComponent('{"section":6}')}`);
    const moved = world.rows.filter((r) => r.a.id === a.id && r.day > LAST_DAY - 30);
    const gained = moved.reduce((n, r) => n + r.views, 0);
    expect(gained).toBeGreaterThan(0);
    expect((after.json as { totals: { views: number } }).totals.views).toBe((before.json as { totals: { views: number } }).totals.views + gained);
    expect(isoOf(LAST_DAY)).toBe('2025-10-28');
  });
});
