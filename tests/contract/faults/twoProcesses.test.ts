import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity, Article } from '../../../src/schemas';
import { runStatement } from '../../support/freshPostgres';
import { startServer, stopServer } from '../../support/serverProcess';
import { freePortIn } from '../../support/tcpProxy';

/**
 * Two Node servers (server/main.ts, two processes, two ports) on one PostgreSQL database, both
 * started at once on an empty database: what one writes the other reads, a session opened on
 * one works on the other, and a scheduled article falling due is published exactly once though
 * both servers look for due articles. Runs in the contract suite's PostgreSQL leg, on a
 * database of its own in the throwaway cluster.
 */
const url = process.env.TEST_DATABASE_URL;
const onPostgres = process.env.NEWSDESK_TEST_STORE === 'postgres' && Boolean(url);
const database = `newsdesk_two_${process.pid}`;

const admin = (statement: string) => runStatement(url!, statement);

const request = async (api: string, token: string | null, path: string, init: RequestInit = {}) => {
  const response = await fetch(`${api}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...init.headers },
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe.skipIf(!onPostgres)('two server processes on one PostgreSQL database', () => {
  const servers: Awaited<ReturnType<typeof startServer>>[] = [];
  let one: string;
  let other: string;

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${database}`);
    const target = new URL(url!);
    target.pathname = `/${database}`;
    const ports = [await freePortIn(18300, 18350), await freePortIn(18350, 18400)];
    // Both at once: they migrate and seed one empty database together.
    const started = await Promise.allSettled(
      ports.map((port) => startServer({ DATABASE_URL: target.href, PORT: String(port), HOST: '127.0.0.1', NEWSDESK_SEED_ARTICLES: '40' })),
    );
    for (const s of started) if (s.status === 'fulfilled') servers.push(s.value);
    for (const s of started) if (s.status === 'rejected') throw s.reason;
    [one, other] = ports.map((port) => `http://127.0.0.1:${port}/api`);
  }, 240_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => stopServer(s)));
    if (onPostgres) await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }, 60_000);

  it('one seed; a save through one is read through the other; a session opened on one works on the other', async () => {
    // The second waited for the first to prepare the database, and found it prepared.
    expect(servers.map((s) => s.output().includes('seeded the demo newsroom')).filter(Boolean)).toHaveLength(1);
    const login = await request(one, null, '/auth/login', { method: 'POST', body: JSON.stringify({ email: 'admin@newsdesk.test', password: 'newsdesk' }) });
    expect(login.status).toBe(200);
    const token = String(login.body.token);
    expect((await request(other, token, '/auth/me')).status).toBe(200);
    const list = await fetch(`${other}/articles?range=[0,0]`, { headers: { Authorization: `Bearer ${token}` } });
    expect(list.headers.get('Content-Range')).toMatch(/\/40$/);

    const article = (await request(one, token, '/articles/1')).body as unknown as Article;
    const saved = await request(one, token, '/articles/1', { method: 'PUT', body: JSON.stringify({ ...article, title: 'Saved through the first server' }) });
    expect(saved.status).toBe(200);
    expect((await request(other, token, '/articles/1')).body).toMatchObject({ title: 'Saved through the first server', version: article.version + 1 });
    // The other server holds no stale copy: a save from the old version is a conflict there too.
    expect((await request(other, token, '/articles/1', { method: 'PUT', body: JSON.stringify(article) })).status).toBe(409);
    // Signing out on the other ends the session on the first.
    expect((await request(other, token, '/auth/logout', { method: 'POST' })).status).toBeLessThan(300);
    expect((await request(one, token, '/auth/me')).status).toBe(401);
  }, 60_000);

  it('a scheduled article falling due is published once, though both servers publish due articles', async () => {
    const login = await request(other, null, '/auth/login', { method: 'POST', body: JSON.stringify({ email: 'admin@newsdesk.test', password: 'newsdesk' }) });
    const token = String(login.body.token);
    const drafts = await request(one, token, `/articles?range=[0,0]&filter=${encodeURIComponent(JSON.stringify({ status: 'draft' }))}`);
    const article = (drafts.body as unknown as Article[])[0];
    const publishAt = new Date(Date.now() + 3_000).toISOString();
    const scheduled = await request(one, token, `/articles/${article.id}`, {
      method: 'PUT',
      body: JSON.stringify({
        ...article, status: 'scheduled', publishAt, summary: 'A summary.', categoryId: article.categoryId ?? 1, authorId: article.authorId ?? 1,
        body: `<p>${'Basra port workers loaded the first tanker before dawn on Tuesday. '.repeat(6)}</p>`,
      }),
    });
    expect(scheduled.status, JSON.stringify(scheduled.body)).toBe(200);
    const version = (scheduled.body as unknown as Article).version;

    // Both servers are asked at once, repeatedly, while the time passes: each publishes due
    // articles before every request, and on its timer.
    const deadline = Date.now() + 30_000;
    let seen: Article[] = [];
    while (Date.now() < deadline) {
      seen = (await Promise.all([one, other, one, other].map((api) => request(api, token, `/articles/${article.id}`)))).map((r) => r.body as unknown as Article);
      if (seen.every((a) => a.status === 'published')) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(seen.map((a) => a.status)).toEqual(['published', 'published', 'published', 'published']);
    expect(seen.map((a) => a.version)).toEqual([version + 1, version + 1, version + 1, version + 1]);
    const log = await request(other, token, `/activity?range=[0,49]&sort=["id","DESC"]&filter=${encodeURIComponent(JSON.stringify({ resource: 'articles', recordId: article.id }))}`);
    const entries = log.body as unknown as Activity[];
    expect(entries.filter((e) => e.userId === null && e.changedFields.includes('status'))).toHaveLength(1);
    const revisions = await request(one, token, `/revisions?range=[0,49]&filter=${encodeURIComponent(JSON.stringify({ articleId: article.id }))}`);
    expect((revisions.body as unknown as { version: number }[]).filter((r) => r.version === version + 1)).toHaveLength(1);
  }, 60_000);
});
