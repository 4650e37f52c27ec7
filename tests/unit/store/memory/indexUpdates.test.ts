import { getDb, resetClock, resetDb, server, setClock } from '../../../../mocks/node';
import { metricIndex } from '../../../../server/store/memory/metrics/index';
import { articleDays, metricRowOnDay } from '../../../../server/seed/traffic';
import { DAY_MS, dayNumber } from '../../../../server/rules/clock';
import { login } from '../../../contract/backend';

const NOW = Date.parse('2025-10-28T09:00:00Z');
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  setClock(() => NOW);
  resetDb(200);
});
afterAll(() => {
  server.close();
  resetClock();
});

const views = async (token: string) => {
  const res = await fetch('http://localhost/api/metrics/summary?period=30d', { headers: { Authorization: `Bearer ${token}` } });
  return ((await res.json()) as { totals: { views: number } }).totals.views;
};
/** Views of every article's derived rows in the last 30 days, one row at a time. */
const expected = () => {
  const last = dayNumber(NOW);
  let n = 0;
  for (const a of getDb().articles.rows.values()) {
    const days = articleDays(a, NOW);
    if (!days) continue;
    for (let d = Math.max(days.first, last - 29); d <= days.last; d++) n += metricRowOnDay(a.id, d, dayNumber(Date.parse(a.publishedAt!))).views;
  }
  return n;
};

describe('the in-memory aggregation index follows the articles', () => {
  test('an edited title or a new draft keeps the index; a deleted story leaves the totals', async () => {
    const token = await login('moderator@newsdesk.test');
    const db = getDb();
    expect(await views(token)).toBe(expected());
    const index = metricIndex(db, NOW);
    const a = db.articles.get(12)!;
    db.putArticle({ ...a, title: 'A new headline' });
    db.putArticle({ ...a, id: db.articles.nextId, slug: 'another-slug', status: 'draft', publishedAt: null });
    expect(await views(token)).toBe(expected());
    expect(metricIndex(db, NOW)).toBe(index);
    const published = [...db.articles.rows.values()].find((x) => x.publishedAt && Date.parse(x.publishedAt) < NOW - 5 * DAY_MS)!;
    db.removeArticle(published.id);
    expect(await views(token)).toBe(expected());
    expect(metricIndex(db, NOW)).not.toBe(index);
  });

  test('publishing today adds today’s row', async () => {
    const token = await login('moderator@newsdesk.test');
    const db = getDb();
    const draft = [...db.articles.rows.values()].find((x) => !x.publishedAt)!;
    const before = await views(token);
    db.putArticle({ ...draft, status: 'published', publishedAt: new Date(NOW - 3_600_000).toISOString() });
    const after = await views(token);
    expect(after).toBe(expected());
    expect(after).toBeGreaterThan(before);
  });
});
