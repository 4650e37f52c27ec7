import { getDb, login } from '../../../mocks/node';
import { metricIndex } from '../../../server/store/memory/metrics/index';
import { call, NOW, withBackend } from '../mocks/backend';
import { allRows, sum } from './bruteForce';

withBackend();
const views = async (token: string) => ((await call(token, 'GET', '/metrics/summary?period=30d')).json as { totals: { views: number } }).totals.views;
const expected = () => sum(allRows(getDb(), NOW).filter((r) => r.day > Math.floor(NOW / 86_400_000) - 30)).views;

describe('the aggregation index follows the articles', () => {
  test('an edited title or a new draft keeps the index; a deleted story leaves the totals', async () => {
    const token = await login('moderator@newsdesk.test');
    const db = getDb();
    expect(await views(token)).toBe(expected());
    const index = metricIndex(db, NOW);
    const a = db.articles.get(12)!;
    db.putArticle({ ...a, title: 'A new headline' });
    db.putArticle({ ...a, id: db.articles.nextId, status: 'draft', publishedAt: null });
    expect(await views(token)).toBe(expected());
    expect(metricIndex(db, NOW)).toBe(index);
    const published = [...db.articles.rows.values()].find((x) => x.publishedAt && Date.parse(x.publishedAt) < NOW - 5 * 86_400_000)!;
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
