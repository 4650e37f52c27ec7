import type { Article, Category, PhotoCredit, Tag, User } from '../../src/schemas';
import type { DataProvider } from 'react-admin';
import { signIn, withBackend } from './backend';

withBackend();
const all = { page: 1, perPage: 1000 };
const byId = { field: 'id', order: 'ASC' as const };
let dp: DataProvider;
beforeEach(async () => {
  dp = await signIn('admin');
});
const articles = async (filter: Record<string, unknown>, sort: { field: string; order: 'ASC' | 'DESC' } = byId) =>
  (await dp.getList<Article>('articles', { pagination: all, sort, filter })).data;

describe('list filters', () => {
  test('exact values, and arrays meaning any of', async () => {
    const everything = await articles({});
    const drafts = await articles({ status: 'draft' });
    expect(drafts.length).toBe(everything.filter((a) => a.status === 'draft').length);
    expect(drafts.length).toBeGreaterThan(0);
    const some = await articles({ status: ['draft', 'archived'] });
    expect(some.length).toBe(everything.filter((a) => a.status === 'draft' || a.status === 'archived').length);
    expect(new Set(some.map((a) => a.status))).toEqual(new Set(['draft', 'archived']));
  });

  test('on an array field a scalar means "contains" and an array "contains any"', async () => {
    const everything = await articles({});
    const japan = 46;
    expect((await articles({ tagIds: japan })).map((a) => a.id)).toEqual(everything.filter((a) => a.tagIds.includes(japan)).map((a) => a.id));
    const anyOf = await articles({ tagIds: [1, 2] });
    expect(anyOf.length).toBe(everything.filter((a) => a.tagIds.includes(1) || a.tagIds.includes(2)).length);
  });

  test('_gte, _lte and _neq, on dates and numbers', async () => {
    const everything = await articles({});
    const from = '2025-10-01T00:00:00.000Z';
    const recent = await articles({ publishedAt_gte: from });
    expect(recent.length).toBe(everything.filter((a) => a.publishedAt !== null && a.publishedAt >= from).length);
    expect(recent.length).toBeGreaterThan(0);
    const ids = await articles({ id_gte: 10, id_lte: 19 });
    expect(ids.map((a) => a.id)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    const notPublished = await articles({ status_neq: 'published' });
    expect(notPublished.every((a) => a.status !== 'published')).toBe(true);
    expect(notPublished.length).toBe(everything.filter((a) => a.status !== 'published').length);
  });

  test('nested fields with dots', async () => {
    const cats = await dp.getList<Category>('categories', { pagination: all, sort: byId, filter: { 'name.en': 'Health' } });
    expect(cats.data.map((c) => c.slug)).toEqual(['health']);
    const withCredit = await articles({ 'featuredImage.photoCreditId': 1 });
    expect(withCredit.length).toBeGreaterThan(0);
    expect(withCredit.every((a) => a.featuredImage?.photoCreditId === 1)).toBe(true);
  });

  test('q searches title, summary and body text of articles, in both languages', async () => {
    expect((await articles({ q: 'GROKIPEDIA' })).map((a) => a.title)).toEqual([
      "Musk launches Grokipedia to rival 'left-biased' Wikipedia",
    ]);
    // Only in the body of the El-Fasher story.
    expect((await articles({ q: 'Tawila' })).map((a) => a.id)).toEqual([4]);
    const arabic = await articles({ q: 'بغداد' });
    expect(arabic.length).toBeGreaterThan(0);
    expect(arabic.every((a) => `${a.title} ${a.summary} ${a.body}`.includes('بغداد'))).toBe(true);
    const everything = await articles({});
    const inBody = everything.filter((a) => a.body.toLowerCase().includes('khartoum')).map((a) => a.id);
    expect((await articles({ q: 'khartoum' })).map((a) => a.id)).toEqual(
      everything.filter((a) => `${a.title} ${a.summary}`.toLowerCase().includes('khartoum') || inBody.includes(a.id)).map((a) => a.id),
    );
  });

  test('q on the other resources searches their names', async () => {
    const q = async <T extends { id: number }>(resource: string, text: string) =>
      (await dp.getList<T>(resource, { pagination: all, sort: byId, filter: { q: text } })).data;
    expect((await q<Category>('categories', 'صحة')).map((c) => c.slug)).toEqual(['health']);
    expect((await q<Category>('categories', 'breaking')).map((c) => c.slug)).toEqual(['breaking-news']);
    expect((await q<Tag>('tags', 'hezb')).map((t) => t.slug)).toEqual(['hezbollah']);
    expect((await q<PhotoCredit>('photo-credits', 'caballero')).map((c) => c.id)).toEqual([1]);
    expect((await q<User>('users', 'moderator@')).map((u) => u.role)).toEqual(['moderator']);
  });

  test('section means the section and its subsections; categoryId stays exact', async () => {
    const everything = await articles({});
    const inNews = await articles({ section: 1 });
    expect(inNews.length).toBe(everything.filter((a) => a.categoryId !== null && a.categoryId >= 1 && a.categoryId <= 5).length);
    expect((await articles({ categoryId: 1 })).every((a) => a.categoryId === 1)).toBe(true);
  });

  test('sorts ascending and descending, ties by id', async () => {
    const asc = await articles({}, { field: 'title', order: 'ASC' });
    const titles = asc.map((a) => a.title.toLowerCase());
    expect([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(titles);
    const desc = await articles({}, { field: 'views', order: 'DESC' });
    const views = desc.map((a) => a.views);
    expect([...views].sort((a, b) => b - a)).toEqual(views);
  });

  test('counts follow the articles: tags, categories, authors and photo credits', async () => {
    const everything = await articles({});
    const tag = (await dp.getOne<Tag>('tags', { id: 46 })).data;
    expect(tag.articleCount).toBe(everything.filter((a) => a.tagIds.includes(46)).length);
    const credit = (await dp.getOne<PhotoCredit>('photo-credits', { id: 1 })).data;
    expect(credit.usageCount).toBe(everything.filter((a) => a.featuredImage?.photoCreditId === 1).length);
  });
});
