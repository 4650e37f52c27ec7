import type { Activity, Article, Revision, Tag } from '../../src/schemas';
import { call, NOW, signIn, withBackend, login } from './backend';

withBackend();
const nowIso = new Date(NOW).toISOString();

const newArticle = {
  title: 'Iraq opens new oil terminal in Basra',
  slug: 'iraq-opens-new-oil-terminal-in-basra',
  lang: 'en',
  summary: 'The terminal doubles export capacity.',
  body: '<p>Opening paragraph.</p><script>alert(1)</script><p onclick="x()">Second <a href="javascript:alert(1)">link</a>.</p>',
  categoryId: 9,
  tagIds: [10, 38],
  authorId: 3,
  status: 'draft',
};

describe('writing through ra-data-simple-rest', () => {
  test('create answers 201 with the stored record; the server owns ids, audit fields, counts and version', async () => {
    const token = await login('editor@newsdesk.test');
    const res = await call(token, 'POST', '/articles', {
      ...newArticle, id: 5, version: 99, views: 1e6, shares: 7, publishedAt: '2020-01-01T00:00:00Z',
      createdAt: '2020-01-01T00:00:00Z', createdBy: 1, updatedBy: 1,
    });
    expect(res.status).toBe(201);
    const a = res.json as unknown as Article;
    expect(a.id).toBe(201);
    expect(a).toMatchObject({ version: 1, views: 0, shares: 0, publishedAt: null, createdAt: nowIso, createdBy: 2, updatedBy: 2 });
    expect(a.body).toBe('<p>Opening paragraph.</p><p>Second <a>link</a>.</p>');
  });

  test('a tag named twice is stored once and counted once', async () => {
    const dp = await signIn('editor');
    const countOf = async (id: number) => (await dp.getOne<Tag>('tags', { id })).data.articleCount;
    const before = await countOf(10);
    const { data: created } = await dp.create<Article>('articles', { data: { ...newArticle, tagIds: [10, 38, 10] } });
    expect(created.tagIds).toEqual([10, 38]);
    expect(await countOf(10)).toBe(before + 1);
    const { data: updated } = await dp.update<Article>('articles', { id: created.id, data: { ...created, tagIds: [38, 10, 38, 10] }, previousData: created });
    expect(updated.tagIds).toEqual([38, 10]);
    expect(await countOf(10)).toBe(before + 1);
  });

  test('update bumps the version, keeps createdAt, and publishing sets publishedAt to now', async () => {
    const dp = await signIn('editor');
    const { data: created } = await dp.create<Article>('articles', { data: newArticle });
    const { data: published } = await dp.update<Article>('articles', {
      // The publish checklist asks for a body of 50 words or more.
      id: created.id, data: { ...created, status: 'published', body: `<p>${'word '.repeat(50)}</p>`, createdAt: '2001-01-01T00:00:00Z' }, previousData: created,
    });
    expect(published).toMatchObject({ version: 2, status: 'published', publishedAt: nowIso, createdAt: created.createdAt });
    expect((await dp.getOne<Article>('articles', { id: created.id })).data).toEqual(published);
  });

  test('every article save stores a revision; every change is in the activity log', async () => {
    const dp = await signIn('admin');
    const { data: a } = await dp.create<Article>('articles', { data: newArticle });
    await dp.update<Article>('articles', { id: a.id, data: { ...a, title: 'Iraq opens oil terminal' }, previousData: a });
    const revisions = await dp.getManyReference<Revision>('revisions', {
      target: 'articleId', id: a.id, pagination: { page: 1, perPage: 10 }, sort: { field: 'version', order: 'ASC' }, filter: {},
    });
    expect(revisions.data.map((r) => [r.version, r.snapshot.title])).toEqual([
      [1, 'Iraq opens new oil terminal in Basra'],
      [2, 'Iraq opens oil terminal'],
    ]);
    const log = await dp.getList<Activity>('activity', {
      pagination: { page: 1, perPage: 2 }, sort: { field: 'id', order: 'DESC' }, filter: { resource: 'articles', recordId: a.id },
    });
    expect(log.data.map((e) => [e.action, e.userId, e.label])).toEqual([
      ['update', 1, 'Iraq opens oil terminal'],
      ['create', 1, 'Iraq opens new oil terminal in Basra'],
    ]);
    expect(log.data[0].changedFields).toEqual(['title']);
  });

  test('updateMany applies a partial change to each record (no version: a bulk action)', async () => {
    const dp = await signIn('editor');
    const ids = (await dp.getList<Article>('articles', { pagination: { page: 1, perPage: 3 }, sort: { field: 'id', order: 'ASC' }, filter: { status: 'draft' } })).data.map((a) => a.id);
    await dp.updateMany('articles', { ids, data: { status: 'in_review' } });
    const after = await dp.getMany<Article>('articles', { ids });
    expect(after.data.map((a) => a.status)).toEqual(['in_review', 'in_review', 'in_review']);
  });

  test('delete and deleteMany remove records and keep counts in step', async () => {
    const dp = await signIn('admin');
    const { data: tag } = await dp.create<Tag>('tags', { data: { name: 'Basra', slug: 'basra' } });
    const { data: art } = await dp.create<Article>('articles', { data: { ...newArticle, tagIds: [tag.id] } });
    expect((await dp.getOne<Tag>('tags', { id: tag.id })).data.articleCount).toBe(1);
    expect((await dp.delete<Article>('articles', { id: art.id })).data.id).toBe(art.id);
    expect((await dp.getOne<Tag>('tags', { id: tag.id })).data.articleCount).toBe(0);
    const { data: other } = await dp.create<Tag>('tags', { data: { name: 'Mosul', slug: 'mosul' } });
    await dp.deleteMany('tags', { ids: [tag.id, other.id] });
    await expect(dp.getOne('tags', { id: other.id })).rejects.toMatchObject({ status: 404 });
  });

  test.each([
    ['categories', { name: { en: 'Culture', ar: 'ثقافة' }, slug: 'culture', parentId: 7 }, { name: { en: 'Culture', ar: 'الثقافة' } }],
    ['tags', { name: 'Basra', slug: 'basra' }, { name: 'basra' }],
    ['authors', { name: 'Noor Ali', kind: 'contributor' }, { website: 'https://example.org' }],
    ['photo-credits', { photographer: 'HUSSEIN FALEH', agency: 'AFP' }, { notes: 'Stringer in Basra' }],
    ['users', { name: 'Zaid Nouri', email: 'zaid@newsdesk.test', role: 'editor' }, { active: false }],
  ])('%s: create, update, delete', async (resource, data, change) => {
    const dp = await signIn('admin');
    const { data: created } = await dp.create(resource, { data });
    expect(created).toMatchObject(data);
    const { data: updated } = await dp.update(resource, { id: created.id, data: { ...created, ...change }, previousData: created });
    expect(updated).toMatchObject(change);
    await dp.delete(resource, { id: created.id, previousData: updated });
    await expect(dp.getOne(resource, { id: created.id })).rejects.toMatchObject({ status: 404 });
  });

  test('a new user gets a temporary password, once, that signs them in', async () => {
    const token = await login('admin@newsdesk.test');
    const res = await call(token, 'POST', '/users', { name: 'Zaid Nouri', email: 'Zaid@Newsdesk.test', role: 'moderator' });
    expect(res.status).toBe(201);
    const password = String(res.json?.temporaryPassword);
    expect(password).toMatch(/^\w{16}$/);
    expect(res.json?.email).toBe('zaid@newsdesk.test');
    expect((await call(token, 'GET', `/users/${String(res.json?.id)}`)).json).not.toHaveProperty('temporaryPassword');
    expect(await login('zaid@newsdesk.test', password)).toMatch(/\w+/);
  });
});
