import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Tag } from '../../../src/schemas';
import { startServer, stopServer } from '../../support/serverProcess';
import { freePortIn } from '../../support/tcpProxy';

/**
 * `kill -9` of the Node server (its own process, on a PGlite data directory) in the middle of a
 * burst of saves, tag merges and deletes, then a restart on the same directory: every save
 * answered 200 is there, and each merge and delete is either whole or not done at all. Runs in
 * the contract suite's PGlite leg only (the server under test is its own process: one leg
 * proves it).
 */
const onPglite = process.env.NEWSDESK_TEST_STORE === 'pglite';

interface Answer {
  status: number | null;
  body: Record<string, unknown> | null;
}

describe.skipIf(!onPglite)('kill -9 during a burst of writes (PGlite data directory)', () => {
  let dataDir = '';
  let server: ChildProcess | undefined;

  // Made here, not when the file is collected: the legs that skip this would leave it behind.
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'newsdesk-kill-'));
  });

  afterAll(async () => {
    await stopServer(server);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  const start = async () => {
    const port = await freePortIn();
    server = await startServer({ NEWSDESK_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', NEWSDESK_SEED_ARTICLES: '40' });
    return `http://127.0.0.1:${port}/api`;
  };

  const client = (api: string, token: string | null) => async (method: string, path: string, body?: unknown): Promise<Answer> => {
    try {
      const res = await fetch(`${api}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(60_000),
      });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
    } catch {
      return { status: null, body: null }; // No answer: the server was killed first.
    }
  };

  it('every save answered 200 survives; no merge or delete is half done; the dead process’s lock is taken over', async () => {
    let api = await start();
    const signIn = async () =>
      String((await client(api, null)('POST', '/auth/login', { email: 'admin@newsdesk.test', password: 'newsdesk' })).body?.token);
    let call = client(api, await signIn());
    const articles = (await call('GET', '/articles?range=[0,499]&sort=["id","ASC"]')).body as unknown as Article[];
    const tags = ((await call('GET', '/tags?range=[0,499]&sort=["articleCount","DESC"]')).body as unknown as Tag[]).filter((t) => t.articleCount > 0);

    // The burst: saves of 24 articles, 4 merges of disjoint busy tags, 6 deletes, all at once.
    const saved = articles.slice(0, 24);
    const deleted = articles.slice(30, 36).map((a) => a.id);
    const merges = [0, 1, 2, 3].map((i) => ({ keepId: tags[i * 3].id, mergeIds: [tags[i * 3 + 1].id, tags[i * 3 + 2].id] }));
    const revisionsOf = async (id: number) =>
      ((await call('GET', `/revisions?range=[0,99]&filter=${encodeURIComponent(JSON.stringify({ articleId: id }))}`)).body as unknown as unknown[]).length;
    const revisionsBefore = await Promise.all(deleted.map(revisionsOf));
    let answered = 0;
    const counted = (p: Promise<Answer>) => p.then((a) => (a.status !== null && answered++, a));
    // Sent interleaved (a merge, a delete, then saves, …): the server takes them in about
    // that order, so the kill finds each kind answered, running and still waiting.
    const saves: Promise<Answer>[] = [];
    const merging: Promise<Answer>[] = [];
    const deleting: Promise<Answer>[] = [];
    for (let round = 0; round < 6; round++) {
      if (merges[round]) merging.push(counted(call('POST', '/tags/merge', merges[round])));
      deleting.push(counted(call('DELETE', `/articles/${deleted[round]}`)));
      for (const a of saved.slice(round * 4, round * 4 + 4)) saves.push(counted(call('PUT', `/articles/${a.id}`, { ...a, title: `Saved in the burst ${a.id}` })));
    }

    // Killed once some of the burst is answered, the rest still queued or running.
    const deadline = Date.now() + 60_000;
    while (answered < 10 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    const pid = server!.pid!;
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server!.kill('SIGKILL');
    await exited;
    const [saveAnswers, mergeAnswers, deleteAnswers] = await Promise.all([Promise.all(saves), Promise.all(merging), Promise.all(deleting)]);
    const all = [...saveAnswers, ...mergeAnswers, ...deleteAnswers];
    console.log(`killed after ${all.filter((a) => a.status !== null).length} of ${all.length} answers: ${all.map((a) => a.status ?? '-').join(' ')}`);
    for (const a of all) if (a.status !== null) expect([200, 204, 404, 409]).toContain(a.status);

    // The lock file still names the killed process; the restart takes it over.
    expect(readFileSync(join(dataDir, 'server.lock'), 'utf8')).toBe(String(pid));
    api = await start();
    call = client(api, await signIn());
    expect(existsSync(join(dataDir, 'server.lock'))).toBe(true);

    const after = new Map(((await call('GET', '/articles?range=[0,499]')).body as unknown as Article[]).map((a) => [a.id, a]));
    saveAnswers.forEach((answer, i) => {
      if (answer.status !== 200) return;
      const now = after.get(saved[i].id)!;
      expect(now.title).toBe(`Saved in the burst ${saved[i].id}`);
      expect(now.version).toBeGreaterThanOrEqual(Number(answer.body!.version));
    });

    const remaining = new Set(((await call('GET', '/tags?range=[0,499]')).body as unknown as Tag[]).map((t) => t.id));
    for (const a of after.values()) for (const id of a.tagIds) expect(remaining.has(id), `article ${a.id} carries tag ${id}`).toBe(true);
    merges.forEach((m, i) => {
      const gone = m.mergeIds.filter((id) => !remaining.has(id));
      expect(gone.length === 0 || gone.length === m.mergeIds.length, `merge ${i}: ${gone.length} of ${m.mergeIds.length} removed`).toBe(true);
      expect(remaining.has(m.keepId)).toBe(true);
      if (mergeAnswers[i].status === 200) expect(gone).toHaveLength(m.mergeIds.length);
    });

    for (const [i, id] of deleted.entries()) {
      // A deleted article takes its revisions with it; one still there keeps every one.
      expect(await revisionsOf(id)).toBe(after.has(id) ? revisionsBefore[i] : 0);
      if (deleteAnswers[i].status !== null && deleteAnswers[i].status! < 300) expect(after.has(id)).toBe(false);
    }
  }, 400_000);
});
