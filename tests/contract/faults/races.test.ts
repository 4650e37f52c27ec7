import type { Article, Tag } from '../../../src/schemas';
import { call, login, withBackend } from '../backend';

withBackend();

/**
 * Races on every store: many real requests at once (Promise.all over HTTP on the SQL legs), and
 * what must hold afterwards. The database keeps these invariants (the version in the UPDATE,
 * the tags locked in id order by a merge), so they hold under any number of server processes.
 */
const allArticles = async (token: string) =>
  (await call(token, 'GET', '/articles?range=[0,499]&sort=["id","ASC"]')).json as unknown as Article[];

const totalCarrying = async (token: string, tagId: number) => {
  const res = await call(token, 'GET', `/articles?range=[0,0]&filter=${encodeURIComponent(JSON.stringify({ tagIds: [tagId] }))}`);
  return Number(res.headers.get('Content-Range')?.split('/')[1]);
};

describe('races', () => {
  test('20 clients save one article from the same version at once: one 200, nineteen 409, the winner stored', async () => {
    const token = await login('admin@newsdesk.test');
    const article = (await call(token, 'GET', '/articles/1')).json as unknown as Article;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        call(token, 'PUT', '/articles/1', { ...article, title: `${article.title} (client ${i})` }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const winner = answers.find((a) => a.status === 200)!.json as unknown as Article;
    const stored = (await call(token, 'GET', '/articles/1')).json as unknown as Article;
    expect(stored.title).toBe(winner.title);
    expect(stored.version).toBe(article.version + 1);
  }, 60_000);

  test('20 overlapping tag merges at once: no tag lost, dangling or doubled, every count exact', async () => {
    const token = await login('admin@newsdesk.test');
    const before = await allArticles(token);
    const tags = (await call(token, 'GET', '/tags?range=[0,499]&sort=["articleCount","DESC"]')).json as unknown as Tag[];
    const pool = tags.slice(0, 8).map((t) => t.id);
    // Each merge keeps one of eight busy tags and merges two others: every pair overlaps.
    const merges = Array.from({ length: 20 }, (_, i) => ({
      keepId: pool[i % 8],
      mergeIds: [pool[(i + 1) % 8], pool[(i + 3) % 8]],
    }));
    const started = performance.now();
    const answers = await Promise.all(merges.map((m) => call(token, 'POST', '/tags/merge', m)));
    console.log(`20 merges in ${Math.round(performance.now() - started)} ms: ${answers.map((a) => a.status).join(' ')}`);
    for (const a of answers) expect([200, 404, 409]).toContain(a.status);
    expect(answers.some((a) => a.status === 200)).toBe(true);

    // Each removed tag went into the kept tag of the one merge that removed it; follow the chain.
    const into = new Map<number, number>();
    answers.forEach((a, i) => {
      if (a.status !== 200) return;
      for (const id of a.json!.removedTagIds as number[]) {
        expect(into.has(id)).toBe(false);
        into.set(id, merges[i].keepId);
      }
    });
    const survivor = (id: number) => {
      for (let hops = 0; into.has(id) && hops < 20; hops++) id = into.get(id)!;
      return id;
    };
    const remaining = new Set(((await call(token, 'GET', '/tags?range=[0,499]')).json as unknown as Tag[]).map((t) => t.id));
    for (const id of pool) expect(remaining.has(id)).toBe(!into.has(id));

    const after = new Map((await allArticles(token)).map((a) => [a.id, a]));
    for (const old of before) {
      const now = after.get(old.id)!;
      expect(new Set(now.tagIds).size).toBe(now.tagIds.length);
      for (const id of now.tagIds) expect(remaining.has(id)).toBe(true);
      expect(new Set(now.tagIds)).toEqual(new Set(old.tagIds.map(survivor)));
    }
    const counts = new Map<number, number>();
    for (const a of after.values()) for (const id of a.tagIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    const kept = pool.filter((id) => remaining.has(id));
    const stored = (await call(token, 'GET', `/tags?filter=${encodeURIComponent(JSON.stringify({ id: kept }))}`)).json as unknown as Tag[];
    expect(stored.map((t) => t.id).sort()).toEqual([...kept].sort());
    for (const t of stored) {
      expect(t.articleCount).toBe(counts.get(t.id) ?? 0);
      expect(await totalCarrying(token, t.id)).toBe(t.articleCount);
    }
  }, 90_000);
});
