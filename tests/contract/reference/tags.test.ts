import type { Activity, Article, Tag } from '../../../src/schemas';
import { call, signIn, withBackend, login } from '../backend';

withBackend();

const articlesWith = async (tagIds: number[]) => {
  const dp = await signIn('admin');
  const res = await dp.getList<Article>('articles', {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'id', order: 'ASC' },
    filter: { tagIds },
  });
  return res.data;
};
const tagBySlug = async (token: string, slug: string) =>
  ((await call(token, 'GET', `/tags?filter={"slug":"${slug}"}`)).json as unknown as Tag[])[0];

describe('merging tags', () => {
  test('articles carrying the merged tags carry the kept one, the merged tags go, in one request', async () => {
    const admin = await login('admin@newsdesk.test');
    const [us, trump, politics] = await Promise.all(
      ['us', 'trump', 'politics'].map((s) => tagBySlug(admin, s)),
    );
    const touched = await articlesWith([trump.id, politics.id]);
    expect(touched.length).toBeGreaterThan(0);
    const res = await call(admin, 'POST', '/tags/merge', {
      keepId: us.id,
      mergeIds: [trump.id, politics.id],
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      changedArticles: touched.length,
      removedTagIds: [trump.id, politics.id],
    });
    expect((await articlesWith([trump.id, politics.id])).length).toBe(0);
    for (const a of await articlesWith([us.id]))
      expect(new Set(a.tagIds).size).toBe(a.tagIds.length);
    const dp = await signIn('admin');
    const after = await dp.getMany<Article>('articles', { ids: touched.map((a) => a.id) });
    for (const a of after.data) {
      expect(a.tagIds).toContain(us.id);
      expect(a.version).toBe(touched.find((t) => t.id === a.id)!.version + 1);
    }
    expect((await call(admin, 'GET', `/tags/${trump.id}`)).status).toBe(404);
    const kept = (await call(admin, 'GET', `/tags/${us.id}`)).json as unknown as Tag;
    expect(kept.articleCount).toBe((await articlesWith([us.id])).length);
    const log = await dp.getList<Activity>('activity', {
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'id', order: 'DESC' },
      filter: { resource: 'tags', action: 'delete' },
    });
    expect(log.data.map((e) => e.recordId).sort()).toEqual([trump.id, politics.id].sort());
  });

  test('a merge with one bad id changes nothing (atomic)', async () => {
    const admin = await login('admin@newsdesk.test');
    const [us, trump] = await Promise.all(['us', 'trump'].map((s) => tagBySlug(admin, s)));
    const before = await articlesWith([trump.id]);
    const res = await call(admin, 'POST', '/tags/merge', {
      keepId: us.id,
      mergeIds: [trump.id, 9999],
    });
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ missing: [9999] });
    expect((await articlesWith([trump.id])).map((a) => a.version)).toEqual(
      before.map((a) => a.version),
    );
    expect((await call(admin, 'GET', `/tags/${trump.id}`)).status).toBe(200);
  });

  test('bad requests are refused: keep among merged, empty list', async () => {
    const admin = await login('admin@newsdesk.test');
    expect((await call(admin, 'POST', '/tags/merge', { keepId: 1, mergeIds: [1, 2] })).status).toBe(
      400,
    );
    expect((await call(admin, 'POST', '/tags/merge', { keepId: 1, mergeIds: [] })).status).toBe(
      400,
    );
  });

  test('only admins merge (403 for editors and moderators)', async () => {
    for (const role of ['editor', 'moderator']) {
      const token = await login(`${role}@newsdesk.test`);
      expect((await call(token, 'POST', '/tags/merge', { keepId: 1, mergeIds: [2] })).status).toBe(
        403,
      );
    }
  });
});

describe('deleting tags', () => {
  test('a used tag is refused with its count; an unused one goes', async () => {
    const admin = await login('admin@newsdesk.test');
    const us = await tagBySlug(admin, 'us');
    const res = await call(admin, 'DELETE', `/tags/${us.id}`);
    expect(res.status).toBe(409);
    expect(res.json).toMatchObject({ reason: 'in_use', articleCount: us.articleCount });
    const dp = await signIn('admin');
    const { data: fresh } = await dp.create<Tag>('tags', {
      data: { name: 'Basra', slug: 'basra' },
    });
    await dp.deleteMany('tags', { ids: [fresh.id] });
    expect((await call(admin, 'GET', `/tags/${fresh.id}`)).status).toBe(404);
  });

  test('slugs are unique on rename', async () => {
    const admin = await login('admin@newsdesk.test');
    const us = await tagBySlug(admin, 'us');
    const res = await call(admin, 'PUT', `/tags/${us.id}`, { name: 'Iraq', slug: 'iraq' });
    expect(res.status).toBe(409);
    expect(res.json?.errors).toEqual({ slug: 'nd.validation.slug_taken' });
  });
});
