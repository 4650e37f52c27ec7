import type { Article, Metric } from '../../src/schemas';
import { call, NOW, signIn, withBackend, login } from './backend';
import { articleDays, metricRow, METRIC_DAYS } from '../../server/seed/traffic';

withBackend();
const rows = async (token: string, filter: object, range = '[0,999]', sort = '["date","ASC"]') => {
  const res = await call(token, 'GET', `/metrics?filter=${encodeURIComponent(JSON.stringify(filter))}&range=${range}&sort=${encodeURIComponent(sort)}`);
  return { rows: res.json as unknown as Metric[], range: res.headers.get('Content-Range') };
};

describe('metrics', () => {
  test('an article’s views and shares are the sums of its daily rows', async () => {
    const token = await login('moderator@newsdesk.test');
    const dp = await signIn('moderator');
    const published = (await dp.getList<Article>('articles', { pagination: { page: 1, perPage: 5 }, sort: { field: 'views', order: 'DESC' }, filter: { status: 'published' } })).data;
    for (const a of published) {
      const { rows: daily } = await rows(token, { articleId: a.id });
      expect(daily.length).toBe(articleDays(a, NOW)!.last - articleDays(a, NOW)!.first + 1);
      expect(daily.reduce((n, r) => n + r.views, 0)).toBe(a.views);
      expect(daily.reduce((n, r) => n + r.shares.facebook + r.shares.x + r.shares.whatsapp + r.shares.telegram + r.shares.email, 0)).toBe(a.shares);
      expect(a.views).toBeGreaterThan(0);
    }
  });

  test('rows are the same on every request, filter by date, and page arithmetically', async () => {
    const token = await login('admin@newsdesk.test');
    const filter = encodeURIComponent(JSON.stringify({ publishedAt_lte: '2025-07-29T00:00:00Z', status: 'published' }));
    const old = (await call(token, 'GET', `/articles?filter=${filter}&range=[0,0]`)).json as unknown as Article[];
    const id = old[0].id;
    const { rows: all, range } = await rows(token, { articleId: id });
    expect(all).toHaveLength(METRIC_DAYS);
    expect(range).toBe(`metrics 0-89/90`);
    expect(all[89].date).toBe('2025-10-28');
    expect(all[10]).toEqual(metricRow({ id, publishedAt: old[0].publishedAt }, all[10].date, NOW));
    const week = await rows(token, { articleId: id, date_gte: '2025-10-01', date_lte: '2025-10-07' });
    expect(week.rows.map((r) => r.date)).toEqual(['01', '02', '03', '04', '05', '06', '07'].map((d) => `2025-10-${d}`));
    const both = await rows(token, { articleId: [id, 1] }, '[85,94]', '["id","DESC"]');
    const first = (await rows(token, { articleId: 1 })).rows;
    expect(first).toHaveLength(1); // published 5 hours ago: today only
    expect(both.range).toBe('metrics 85-90/91');
    expect(both.rows.map((r) => r.articleId)).toEqual([id, id, id, id, id, 1]);
    const unfiltered = await rows(token, {}, '[0,9]', '["date","DESC"]');
    expect(unfiltered.rows.every((r) => r.date === '2025-10-28')).toBe(true);
    expect((await call(token, 'GET', `/metrics/${all[3].id}`)).json).toEqual(all[3]);
  });
});
