import { call, NOW, withBackend, login } from '../backend';

withBackend();

interface SpikeList {
  total: number;
  unreviewed: number;
  items: { articleId: number; date: string; review: { note: string; reviewedBy: number; reviewerName: string; reviewedAt: string } | null }[];
}
const reads = ['/metrics/summary', '/metrics/series', '/metrics/top', '/metrics/breakdown', '/metrics/spikes', '/metrics/articles/1/series'];
const firstSpike = async (token: string) => ((await call(token, 'GET', '/metrics/spikes?period=90d')).json as unknown as SpikeList).items[0];

describe('metrics aggregation contract', () => {
  test('401 without a token, on every endpoint', async () => {
    for (const path of reads) expect((await call(undefined, 'GET', path)).status).toBe(401);
    expect((await call(undefined, 'POST', '/metrics/spikes/1/2025-10-28/review', {})).status).toBe(401);
  });

  test('every role reads the aggregations', async () => {
    for (const role of ['admin', 'editor', 'moderator']) {
      const token = await login(`${role}@newsdesk.test`);
      for (const path of reads) expect((await call(token, 'GET', path)).status, `${role} ${path}`).toBe(200);
    }
  });

  test('a moderator marks a spike reviewed: who and when are stored, once', async () => {
    const token = await login('moderator@newsdesk.test');
    const spike = await firstSpike(token);
    const res = await call(token, 'POST', `/metrics/spikes/${spike.articleId}/${spike.date}/review`, { note: '  Shared by a minister  ' });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ articleId: spike.articleId, date: spike.date, note: 'Shared by a minister', reviewedBy: 3, reviewedAt: new Date(NOW).toISOString() });
    const after = (await call(token, 'GET', '/metrics/spikes?period=90d')).json as unknown as SpikeList;
    const listed = after.items.find((s) => s.articleId === spike.articleId && s.date === spike.date)!;
    expect(listed.review).toMatchObject({ note: 'Shared by a minister', reviewerName: expect.any(String) });
    expect(after.unreviewed).toBe(after.total - 1);
    const open = (await call(token, 'GET', '/metrics/spikes?period=90d&reviewed=false')).json as unknown as SpikeList;
    expect(open.items.some((s) => s.articleId === spike.articleId && s.date === spike.date)).toBe(false);
    const again = await call(token, 'POST', `/metrics/spikes/${spike.articleId}/${spike.date}/review`, {});
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ record: { note: 'Shared by a minister' } });
  });

  test('editors may not review (403); admins may', async () => {
    const editor = await login('editor@newsdesk.test');
    const spike = await firstSpike(editor);
    expect((await call(editor, 'POST', `/metrics/spikes/${spike.articleId}/${spike.date}/review`, {})).status).toBe(403);
    const admin = await login('admin@newsdesk.test');
    expect((await call(admin, 'POST', `/metrics/spikes/${spike.articleId}/${spike.date}/review`, {})).status).toBe(201);
  });

  test('a day that is no spike, or an unknown article, is 404; a long note is 400', async () => {
    const token = await login('moderator@newsdesk.test');
    expect((await call(token, 'POST', '/metrics/spikes/1/2025-10-28/review', {})).status).toBe(404);
    expect((await call(token, 'POST', '/metrics/spikes/99999/2025-10-28/review', {})).status).toBe(404);
    const spike = await firstSpike(token);
    const long = await call(token, 'POST', `/metrics/spikes/${spike.articleId}/${spike.date}/review`, { note: 'x'.repeat(501) });
    expect(long.status).toBe(400);
    expect(long.json).toMatchObject({ errors: { note: expect.any(String) } });
  });

  test('invalid parameters are 400 with the field named', async () => {
    const token = await login('moderator@newsdesk.test');
    const cases: [string, string][] = [
      ['/metrics/summary?period=week', 'period'],
      ['/metrics/summary?from=2025-10-10&to=2025-10-01', 'to'],
      ['/metrics/series?from=yesterday&to=2025-10-01', 'from'],
      ['/metrics/series?from=2024-01-01&to=2025-10-01', 'from'],
      ['/metrics/top?by=likes', 'by'],
      ['/metrics/top?limit=0', 'limit'],
      ['/metrics/breakdown?by=tag', 'by'],
      ['/metrics/summary?filter={"section":"news"}', 'section'],
      ['/metrics/spikes?multiple=1', 'multiple'],
    ];
    for (const [path, field] of cases) {
      const res = await call(token, 'GET', path);
      expect(res.status, path).toBe(400);
      expect(Object.keys((res.json as { errors: object }).errors), path).toEqual([field]);
    }
    expect((await call(token, 'GET', '/metrics/articles/99999/series')).status).toBe(404);
  });

  test('periods: presets end today, the previous period has the same length', async () => {
    const token = await login('moderator@newsdesk.test');
    const today = (await call(token, 'GET', '/metrics/summary?period=today')).json;
    expect(today).toMatchObject({ period: { from: '2025-10-28', to: '2025-10-28' }, previousPeriod: { from: '2025-10-27', to: '2025-10-27' } });
    const month = (await call(token, 'GET', '/metrics/summary?period=30d')).json;
    expect(month).toMatchObject({ period: { from: '2025-09-29', to: '2025-10-28' }, previousPeriod: { from: '2025-08-30', to: '2025-09-28' } });
  });
});
