import type { Article, Category } from '../../../src/schemas';
import { call, signIn, withBackend, login } from '../backend';

withBackend();

const tree = async (token: string) => {
  const res = await call(token, 'GET', '/categories?sort=["position","ASC"]');
  return res.json as unknown as Category[];
};
const childrenNames = (all: Category[], parentId: number | null) =>
  all.filter((c) => c.parentId === parentId).map((c) => c.name.en);

describe('category tree rules', () => {
  test('a section cannot be moved under itself or its own subsection (cycle)', async () => {
    const admin = await login('admin@newsdesk.test');
    for (const parentId of [1, 3]) {
      const res = await call(admin, 'PUT', '/categories/1', { parentId });
      expect(res.status).toBe(400);
      expect(res.json?.errors).toEqual({ parentId: 'resources.categories.errors.cycle' });
    }
    expect((await tree(admin)).find((c) => c.id === 1)?.parentId).toBeNull();
  });

  test('no third level: not under a subsection, and a section with subsections stays on top', async () => {
    const admin = await login('admin@newsdesk.test');
    const under = await call(admin, 'PUT', '/categories/6', { parentId: 3 });
    expect(under.status).toBe(400);
    expect(under.json?.errors).toEqual({ parentId: 'resources.categories.errors.depth' });
    const news = await call(admin, 'PUT', '/categories/1', { parentId: 6 });
    expect(news.json?.errors).toEqual({ parentId: 'resources.categories.errors.depth' });
    const created = await call(admin, 'POST', '/categories', {
      name: { en: 'Basra', ar: 'البصرة' },
      slug: 'basra',
      parentId: 3,
    });
    expect(created.status).toBe(400);
  });

  test('reorder within a parent is one request and renumbers the siblings', async () => {
    const admin = await login('admin@newsdesk.test');
    const res = await call(admin, 'PUT', '/categories/5', { position: 0 });
    expect(res.json).toMatchObject({ id: 5, position: 0 });
    const all = await tree(admin);
    expect(childrenNames(all, 1)).toEqual(['International', 'Breaking News', 'Local', 'Regional']);
    expect(all.filter((c) => c.parentId === 1).map((c) => c.position)).toEqual([0, 1, 2, 3]);
  });

  test('moving under another parent closes the gap and clamps a large position to "last"', async () => {
    const admin = await login('admin@newsdesk.test');
    const res = await call(admin, 'PUT', '/categories/3', { parentId: 6, position: 999 });
    expect(res.json).toMatchObject({ parentId: 6, position: 0 });
    const all = await tree(admin);
    expect(childrenNames(all, 1)).toEqual(['Breaking News', 'Regional', 'International']);
    expect(all.filter((c) => c.parentId === 1).map((c) => c.position)).toEqual([0, 1, 2]);
    expect(childrenNames(all, 6)).toEqual(['Local']);
  });

  test('slugs are unique (409 under the field)', async () => {
    const admin = await login('admin@newsdesk.test');
    const res = await call(admin, 'POST', '/categories', {
      name: { en: 'Sport', ar: 'رياضة' },
      slug: 'sports',
    });
    expect(res.status).toBe(409);
    expect(res.json?.errors).toEqual({ slug: 'nd.validation.slug_taken' });
  });
});

describe('deleting a section', () => {
  const usedSection = async (token: string) =>
    (await tree(token)).find((c) => c.articleCount > 0 && !(c.id === 1))!;

  test('refused with the article count while articles use it', async () => {
    const admin = await login('admin@newsdesk.test');
    const section = await usedSection(admin);
    const res = await call(admin, 'DELETE', `/categories/${section.id}`);
    expect(res.status).toBe(409);
    expect(res.json).toMatchObject({ reason: 'in_use', articleCount: section.articleCount });
  });

  test('refused while it has subsections', async () => {
    const admin = await login('admin@newsdesk.test');
    const res = await call(admin, 'DELETE', '/categories/1?moveArticlesTo=6');
    expect(res.status).toBe(409);
    expect(res.json).toMatchObject({ reason: 'has_children', subcategoryCount: 4 });
  });

  test('with moveArticlesTo, the articles move and the section goes in one request', async () => {
    const admin = await login('admin@newsdesk.test');
    const dp = await signIn('admin');
    const section = await usedSection(admin);
    const target = section.id === 8 ? 10 : 8;
    const before = (await tree(admin)).find((c) => c.id === target)!.articleCount;
    const res = await call(admin, 'DELETE', `/categories/${section.id}?moveArticlesTo=${target}`);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      id: section.id,
      movedArticles: section.articleCount,
      movedTo: target,
    });
    const after = await tree(admin);
    expect(after.find((c) => c.id === section.id)).toBeUndefined();
    expect(after.find((c) => c.id === target)!.articleCount).toBe(before + section.articleCount);
    const left = await dp.getList<Article>('articles', {
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'id', order: 'ASC' },
      filter: { categoryId: section.id },
    });
    expect(left.total).toBe(0);
  });

  test('a bad move target changes nothing', async () => {
    const admin = await login('admin@newsdesk.test');
    const section = await usedSection(admin);
    for (const target of [section.id, 9999]) {
      const res = await call(admin, 'DELETE', `/categories/${section.id}?moveArticlesTo=${target}`);
      expect(res.status).toBe(400);
    }
    expect((await tree(admin)).find((c) => c.id === section.id)?.articleCount).toBe(
      section.articleCount,
    );
  });

  test('editors and moderators may not change sections (403)', async () => {
    for (const role of ['editor', 'moderator']) {
      const token = await login(`${role}@newsdesk.test`);
      expect((await call(token, 'PUT', '/categories/5', { position: 0 })).status).toBe(403);
      expect((await call(token, 'DELETE', '/categories/11?moveArticlesTo=10')).status).toBe(403);
    }
  });
});
