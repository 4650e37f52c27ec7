import type { Article, Category, Tag } from '../../src/schemas';
import { call, signIn, withBackend, SEED, login } from './backend';

withBackend();
const page = (perPage = 25, page = 1) => ({ page, perPage });

describe('reading every resource through ra-data-simple-rest', () => {
  test.each(['articles', 'categories', 'tags', 'authors', 'photo-credits', 'users', 'revisions', 'activity'])(
    '%s: getList pages with a total, getOne and getMany return the same records',
    async (resource) => {
      const dp = await signIn('admin');
      const list = await dp.getList(resource, { pagination: page(3), sort: { field: 'id', order: 'ASC' }, filter: {} });
      expect(list.data.length).toBeGreaterThan(0);
      expect(list.total).toBeGreaterThanOrEqual(list.data.length);
      const first = list.data[0];
      expect((await dp.getOne(resource, { id: first.id })).data).toEqual(first);
      const ids = list.data.map((r) => r.id);
      const many = await dp.getMany(resource, { ids: [...ids].reverse() });
      expect(many.data.map((r) => r.id).sort()).toEqual([...ids].sort());
    },
  );

  test('the seed holds the site’s sections, tag cloud and the rare-earths story', async () => {
    const dp = await signIn('editor');
    const cats = await dp.getList<Category>('categories', { pagination: page(50), sort: { field: 'id', order: 'ASC' }, filter: {} });
    expect(cats.data.map((c) => c.name.en)).toEqual([
      'News', 'Breaking News', 'Local', 'Regional', 'International', 'Sports', 'Arts & Entertainment',
      'Technology', 'Business & Economy', 'Health', 'Miscellaneous',
    ]);
    expect(cats.data.find((c) => c.slug === 'local')?.parentId).toBe(1);
    const tags = await dp.getList<Tag>('tags', { pagination: page(100), sort: { field: 'name', order: 'ASC' }, filter: {} });
    expect(tags.total).toBe(46);
    const [story] = (
      await dp.getList<Article>('articles', { pagination: page(), sort: { field: 'id', order: 'ASC' }, filter: { q: 'rare earths' } })
    ).data;
    expect(story.title).toBe("US, Japan sign agreement on 'securing' rare earths supply");
    expect(story.slugLine).toBe('bur-jug-aph/ami');
    expect(story.copyright).toBe('© Agence France-Presse');
    expect(story.featuredImage?.caption).toContain('(Photo by ANDREW CABALLERO-REYNOLDS / AFP)');
    const tagNames = (await dp.getMany<Tag>('tags', { ids: story.tagIds })).data.map((t) => t.name).sort();
    expect(tagNames).toEqual(['japan', 'politics', 'us']);
  });

  test('the default list is the newest published first, and its Content-Range names the page', async () => {
    const token = await login('admin@newsdesk.test');
    const res = await call(token, 'GET', `/articles?sort=${encodeURIComponent('["publishedAt","DESC"]')}&range=[0,24]&filter={}`);
    expect(res.headers.get('Content-Range')).toBe(`articles 0-24/${SEED}`);
    const rows = res.json as unknown as Article[];
    expect(rows[0].title).toBe("US, Japan sign agreement on 'securing' rare earths supply");
    const dates = rows.map((a) => a.publishedAt ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  test('getManyReference lists an article’s revisions', async () => {
    const dp = await signIn('admin');
    const res = await dp.getManyReference('revisions', {
      target: 'articleId', id: 1, pagination: page(), sort: { field: 'version', order: 'DESC' }, filter: {},
    });
    expect(res.total).toBe(1);
    expect(res.data[0]).toMatchObject({ articleId: 1, version: 1 });
  });

  test('an unknown id is 404 and a request without a token is 401', async () => {
    const dp = await signIn('admin');
    await expect(dp.getOne('articles', { id: 99999 })).rejects.toMatchObject({ status: 404 });
    expect((await call(undefined, 'GET', '/articles')).status).toBe(401);
    expect((await call('not-a-token', 'GET', '/tags/1')).status).toBe(401);
  });
});
