// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { SqlStore } from '../../../server/store/sql';
import type { ArticleRow } from '../../../server/store/types';
import { NOW, seed200, sqlStoreKinds } from './sqlStores';

const iso = new Date(NOW).toISOString();
const story = (slug: string, lang: 'en' | 'ar', title: string, body = '', summary = ''): ArticleRow => ({
  title, slug, lang, translationOf: null, summary, body, categoryId: null, tagIds: [], authorId: null, featuredImage: null,
  status: 'draft', publishAt: null, publishedAt: null, isBreaking: false, isFeatured: false, slugLine: '', copyright: '',
  seoTitle: '', seoDescription: '', createdAt: iso, updatedAt: iso, createdBy: 1, updatedBy: 1,
});

/** `q` on articles: PostgreSQL full-text search in each article's language, plus a title prefix. */
describe.each(sqlStoreKinds())('article search ($name)', ({ open }) => {
  let store: SqlStore;
  const made: Record<string, number> = {};
  beforeAll(async () => {
    store = await open();
    await store.load(seed200);
    const rows = [
      story('marathon', 'en', 'Thousands line the streets for the city marathon', '<p>Runners were <b>running</b> past cheering crowds.</p>'),
      // Diacritics (tashkeel) and tatweel in the stored text.
      story('school', 'ar', 'افتتاح مَدْرَسَةٍ جديدة في البصرة', '<p>قال المُـدير إن الطلاب سيعودون.</p>'),
      // Hamza on alef and taa marbuta written plainly.
      story('ahmad', 'ar', 'أحمد يفوز بالجائزة الكبرى', '<p>فازت الفرقة بالمسابقة.</p>'),
      story('summary', 'en', 'Budget talks resume', '<p>Nothing yet.</p>', 'Lawmakers discussed inflation figures'),
      story('percent', 'en', 'Fares up 5% on Zeta_Line from March', '<p>Commuters object.</p>'),
    ];
    for (const r of rows) made[r.slug] = (await store.db.articles.insert(r)).id;
  }, 120_000);
  afterAll(() => store?.close());

  const find = async (q: string, sort: [string, 'ASC' | 'DESC'][] = [['id', 'ASC']]) =>
    (await store.db.articles.list({ where: [], q, sort, range: null })).rows.map((a) => a.id);

  test('English is stemmed: "run" finds "running", "marathons" finds "marathon"', async () => {
    expect(await find('run')).toContain(made.marathon);
    expect(await find('marathons')).toContain(made.marathon);
    expect(await find('inflation')).toEqual([made.summary]);
  });

  test('markup is no text: a tag name finds nothing', async () => {
    expect(await find('cheering')).toEqual([made.marathon]);
    expect(await find('b')).not.toContain(made.marathon);
  });

  test('Arabic matches with and without diacritics and tatweel', async () => {
    expect(await find('مدرسة')).toContain(made.school);
    expect(await find('مَدْرَسَة')).toContain(made.school);
    expect(await find('المدير')).toContain(made.school);
  });

  test('Arabic matches across alef forms and taa marbuta / haa', async () => {
    expect(await find('احمد')).toContain(made.ahmad);
    expect(await find('إحمد')).toContain(made.ahmad);
    expect(await find('مدرسه')).toContain(made.school);
    expect(await find('المسابقه')).toContain(made.ahmad);
  });

  test('a title typed in part matches its beginning', async () => {
    expect(await find("US, Japan sign agr")).toEqual([1]);
    expect(await find('thousands line the str')).toEqual([made.marathon]);
    // LIKE's wildcards typed by a user are literal.
    expect(await find('%')).toEqual([]);
    expect(await find('_S, Japan sign agr')).toEqual([]);
    expect(await find('fares up 5% on zeta_l')).toEqual([made.percent]);
    expect(await find('Fares u_')).toEqual([]);
    expect(await find('Fares up 5% o')).toEqual([made.percent]);
  });

  test('the requested sort is kept; relevance ranks only when asked', async () => {
    const byId = await find('rare earths', [['id', 'DESC']]);
    expect(byId).toEqual([...byId].sort((a, b) => b - a));
    const ranked = await find('rare earths', [['relevance', 'DESC'], ['id', 'ASC']]);
    expect(ranked[0]).toBe(1);
    expect(new Set(ranked)).toEqual(new Set(byId));
  });

  test('other resources search their names as substrings', async () => {
    const tags = await store.db.tags.list({ where: [], q: 'RAN', sort: [['id', 'ASC']], range: null });
    expect(tags.rows.map((t) => t.slug)).toEqual(['france', 'iran']);
    const credits = await store.db.photoCredits.list({ where: [], q: 'loeb', sort: [['id', 'ASC']], range: null });
    expect(credits.rows.map((c) => c.id)).toEqual([2]);
  });
});
