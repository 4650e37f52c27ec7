// @vitest-environment node
import { rowOf } from '../../../server/rules/articleRewrite';
import { NOW, memoryStore, start, type Started } from './harness';

/** The server's own timers: nobody needs to send a request for a scheduled article to go out. */

let server: Started | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

const fast = { scheduler: { publishMs: 25, housekeepingMs: 25 } };

/** Polls until `check` holds, for at most 5 s (the timers run every 25 ms). */
const eventually = async (check: () => Promise<boolean>) => {
  for (const end = Date.now() + 5000; Date.now() < end; ) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('condition not met within 5 s');
};

describe('the scheduler timer', () => {
  test('publishes a due scheduled article once, without any request', async () => {
    const store = memoryStore();
    let now = NOW;
    const [draft] = (await store.db.articles.list({ where: [{ field: 'status', op: 'in', values: ['draft'] }], sort: [['id', 'ASC']], range: [0, 0] })).rows;
    const publishAt = new Date(NOW + 60_000).toISOString();
    await store.db.articles.update(draft.id, { ...rowOf(draft), status: 'scheduled', publishAt }, draft.version);
    server = await start(store, {}, { ...fast, clock: () => now });
    await new Promise((r) => setTimeout(r, 100));
    expect((await store.db.articles.get(draft.id))?.status).toBe('scheduled');

    now = NOW + 120_000;
    await eventually(async () => (await store.db.articles.get(draft.id))?.status === 'published');
    const published = await store.db.articles.get(draft.id);
    expect(published).toMatchObject({ publishedAt: publishAt, version: draft.version + 2 });
    const revisions = await store.db.revisions.list({ where: [{ field: 'articleId', op: 'in', values: [draft.id] }], sort: [['id', 'ASC']], range: null });
    expect(revisions.rows.at(-1)).toMatchObject({ createdBy: null, version: draft.version + 2 });
    await new Promise((r) => setTimeout(r, 100));
    expect((await store.db.articles.get(draft.id))?.version).toBe(draft.version + 2);
    expect(server.logs.filter((l) => l.msg === 'published scheduled articles')).toEqual([expect.objectContaining({ ids: [draft.id] })]);
    expect(server.logs.filter((l) => l.msg === 'request')).toEqual([]);
  });

  test('removes expired sessions and failed sign-ins older than the throttle window', async () => {
    const store = memoryStore();
    await store.db.sessions.create({ tokenHash: 'expired', userId: 1, expiresAt: NOW - 1 });
    await store.db.sessions.create({ tokenHash: 'current', userId: 1, expiresAt: NOW + 60_000 });
    await store.db.loginFailures.add('someone@newsdesk.test', NOW - 16 * 60_000);
    await store.db.loginFailures.add('someone@newsdesk.test', NOW - 60_000);
    server = await start(store, {}, fast);
    await eventually(async () => (await store.db.sessions.find('expired')) === null);
    expect(await store.db.sessions.find('current')).not.toBeNull();
    expect(await store.db.loginFailures.since('someone@newsdesk.test', 0)).toEqual([NOW - 60_000]);
  });

  test('moves the demo traffic on to the current day, and never generates figures for a newsroom without demo data', async () => {
    const days: number[] = [];
    const advanceTraffic = async (day: number) => void days.push(day);
    const demo = Object.assign(memoryStore('empty'), { advanceTraffic });
    server = await start(demo, {}, fast);
    await eventually(async () => days.length > 0);
    expect(days[0]).toBe(Math.floor(NOW / 86_400_000));
    await server.stop();

    days.length = 0;
    const production = Object.assign(memoryStore('empty'), { advanceTraffic });
    server = await start(production, { NEWSDESK_DEMO: '0', NEWSDESK_ADMIN_EMAIL: 'chief@paper.example', NEWSDESK_ADMIN_PASSWORD: 'a long enough secret' }, fast);
    const { sessions } = production.db;
    await sessions.create({ tokenHash: 'expired', userId: 1, expiresAt: NOW - 1 });
    // Housekeeping has run since (the expired session is gone), without any traffic.
    await eventually(async () => (await sessions.find('expired')) === null);
    expect(days).toEqual([]);
  });

  test('a failing run is logged and the next one tries again; the server keeps answering', async () => {
    const store = memoryStore();
    const list = store.db.articles.list;
    let failures = 0;
    store.db.articles.list = (q) => (failures++ < 2 ? Promise.reject(new Error('database restarting')) : list(q));
    server = await start(store, {}, fast);
    await eventually(async () => failures > 3);
    expect(server.logs.filter((l) => l.msg === 'scheduler: publish failed')).toEqual([
      expect.objectContaining({ level: 'error', error: 'database restarting' }),
      expect.objectContaining({ level: 'error', error: 'database restarting' }),
    ]);
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
  });
});
