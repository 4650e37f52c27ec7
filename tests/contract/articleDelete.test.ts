import type { DataProvider } from 'react-admin';
import type { Activity, Article, Revision } from '../../src/schemas';
import { call, NOW, signIn, withBackend, login } from './backend';

withBackend();
const nowIso = new Date(NOW).toISOString();

const story = {
  title: 'Iraq opens new oil terminal in Basra',
  slug: 'iraq-opens-new-oil-terminal-in-basra',
  lang: 'en',
  summary: 'The terminal doubles export capacity.',
  body: '<p>Opening paragraph.</p>',
  categoryId: 9,
  tagIds: [10],
  authorId: 3,
  status: 'draft',
};
const arabic = { ...story, title: 'العراق يفتتح محطة نفط جديدة في البصرة', slug: 'iraq-oil-terminal-basra', lang: 'ar' };

const revisionsOf = async (dp: DataProvider, articleId: number) =>
  (
    await dp.getManyReference<Revision>('revisions', {
      target: 'articleId', id: articleId, pagination: { page: 1, perPage: 50 }, sort: { field: 'version', order: 'ASC' }, filter: {},
    })
  ).data;

/** An English story with two saves (two revisions) and its Arabic translation pointing at it. */
const pair = async (dp: DataProvider) => {
  const { data: original } = await dp.create<Article>('articles', { data: story });
  await dp.update<Article>('articles', { id: original.id, data: { ...original, summary: 'Capacity doubles.' }, previousData: original });
  const { data: translation } = await dp.create<Article>('articles', { data: { ...arabic, translationOf: original.id } });
  return { original, translation };
};

/** A seeded English story and its Arabic translation, linked both ways. */
const seededPair = async (dp: DataProvider) => {
  const { data } = await dp.getList<Article>('articles', {
    pagination: { page: 1, perPage: 200 }, sort: { field: 'id', order: 'ASC' }, filter: { lang: 'ar' },
  });
  const ar = data.find((a) => a.translationOf !== null)!;
  return { en: (await dp.getOne<Article>('articles', { id: ar.translationOf! })).data, ar };
};

describe('deleting an article leaves nothing pointing at it', () => {
  test('its revisions go with it; its translation stays, unlinked, as a new version', async () => {
    const dp = await signIn('admin');
    const { original, translation } = await pair(dp);
    const revisionIds = (await revisionsOf(dp, original.id)).map((r) => r.id);
    expect(revisionIds).toHaveLength(2);

    await dp.delete<Article>('articles', { id: original.id });

    expect(await revisionsOf(dp, original.id)).toEqual([]);
    const token = await login('admin@newsdesk.test');
    for (const id of revisionIds) expect((await call(token, 'GET', `/revisions/${id}`)).status).toBe(404);
    const { data: after } = await dp.getOne<Article>('articles', { id: translation.id });
    expect(after).toMatchObject({ translationOf: null, version: 2, updatedAt: nowIso, updatedBy: 1, title: arabic.title });
    expect((await revisionsOf(dp, translation.id)).map((r) => [r.version, r.snapshot.translationOf])).toEqual([
      [1, original.id],
      [2, null],
    ]);
    const log = await dp.getList<Activity>('activity', {
      pagination: { page: 1, perPage: 2 }, sort: { field: 'id', order: 'DESC' }, filter: {},
    });
    expect(log.data.map((e) => [e.action, e.resource, e.recordId, e.changedFields])).toEqual([
      ['update', 'articles', translation.id, ['translationOf']],
      ['delete', 'articles', original.id, expect.any(Array)],
    ]);
  });

  test('an editor saving the translation opened before the delete is told it changed (409)', async () => {
    const admin = await signIn('admin');
    const { original, translation } = await pair(admin);
    await admin.delete<Article>('articles', { id: original.id });
    const editor = await login('editor@newsdesk.test');
    const res = await call(editor, 'PUT', `/articles/${translation.id}`, { ...translation, title: 'عنوان جديد' });
    expect(res.status).toBe(409);
    expect(res.json?.record).toMatchObject({ translationOf: null, version: 2 });
  });

  test('deleteMany unlinks the translations it does not delete', async () => {
    const dp = await signIn('admin');
    const { en, ar } = await seededPair(dp);
    const { data: other } = await dp.create<Article>('articles', { data: story });
    await dp.deleteMany('articles', { ids: [en.id, other.id] });
    await expect(dp.getOne('articles', { id: en.id })).rejects.toMatchObject({ status: 404 });
    expect((await dp.getOne<Article>('articles', { id: ar.id })).data).toMatchObject({ translationOf: null, version: ar.version + 1 });
  });

  test('deleteMany of a story and its translation removes both and every revision of each', async () => {
    const dp = await signIn('admin');
    const { original, translation } = await pair(dp);
    const ids = [original.id, translation.id];
    expect((await dp.deleteMany('articles', { ids })).data).toEqual(ids);
    for (const id of ids) {
      await expect(dp.getOne('articles', { id })).rejects.toMatchObject({ status: 404 });
      expect(await revisionsOf(dp, id)).toEqual([]);
    }
  });

  test('restoring a translation’s revision from before the delete brings back its words, not the dead link', async () => {
    const dp = await signIn('admin');
    const { original, translation } = await pair(dp);
    await dp.delete<Article>('articles', { id: original.id });
    const [first] = await revisionsOf(dp, translation.id);
    const token = await login('admin@newsdesk.test');
    const res = await call(token, 'POST', `/articles/${translation.id}/restore`, { revisionId: first.id, version: 2 });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ translationOf: null, title: arabic.title, version: 3 });
  });
});
