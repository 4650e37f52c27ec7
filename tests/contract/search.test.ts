import type { Article } from '../../src/schemas';
import type { DataProvider } from 'react-admin';
import { call, login, signIn, withBackend } from './backend';

/**
 * `q` on articles, the same hits on every store: full text in each article's language (English
 * stemmed; Arabic with or without diacritics, across alef forms and taa marbuta / haa) or a title
 * starting with the query. The words are made up, so no seed article matches them.
 */
withBackend();
let dp: DataProvider;
const ids: Record<string, number> = {};
const story = (slug: string, lang: 'en' | 'ar', title: string, body: string, summary = '') => ({
  title, slug, lang, summary, body, categoryId: 9, tagIds: [], authorId: 3, status: 'draft',
});
beforeEach(async () => {
  dp = await signIn('editor');
  const stories = [
    story('quorvale-vote', 'en', 'Quorvale election results delayed', '<p>Counting resumed in <b>three</b> districts.</p>'),
    story('quorvale-harbour', 'en', 'Quorvale harbour reopens after the storm', '<p>Fishing boats returned.</p>', 'Dockers were working again'),
    // Diacritics and tatweel in the stored text, a taa marbuta at the end of مكتبة.
    story('zubair-library', 'ar', 'افتتاح مَكْتَبَةٍ للمخطوطات في الزُّبَيْر', '<p>قال المُـدير إن القُرّاء سيعودون.</p>'),
    // Every alef form: إ and أ in the title, آ in the body, plain alef in اسطول.
    story('astrolabe', 'ar', 'إسطرلاب أثري في متحف قرطبة', '<p>عرض آمرلي الاسطول القديم.</p>'),
  ];
  for (const s of stories) ids[s.slug] = (await dp.create<Article>('articles', { data: s })).data.id;
}, 60_000); // the first body sanitised loads jsdom
const find = async (q: string) =>
  (await dp.getList<Article>('articles', { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' }, filter: { q } })).data.map((a) => a.id);

describe('article search, the same hits on every store', () => {
  test('English is stemmed: "elections" finds "election", "reopen" finds "reopens", "worked" finds "working"', async () => {
    expect(await find('Quorvale elections')).toEqual([ids['quorvale-vote']]);
    expect(await find('quorvale election')).toEqual([ids['quorvale-vote']]);
    expect(await find('quorvale reopen')).toEqual([ids['quorvale-harbour']]);
    expect(await find('quorvale dockers worked')).toEqual([ids['quorvale-harbour']]);
    expect(await find('Quorvale')).toEqual([ids['quorvale-vote'], ids['quorvale-harbour']]);
  });

  test('every word must be found, in the title, the summary or the body text but not its markup', async () => {
    expect(await find('quorvale districts')).toEqual([ids['quorvale-vote']]);
    expect(await find('quorvale fishing')).toEqual([ids['quorvale-harbour']]);
    expect(await find('quorvale zanzibar')).toEqual([]);
  });

  test('Arabic finds a word with and without diacritics and tatweel', async () => {
    expect(await find('مكتبة')).toEqual([ids['zubair-library']]);
    expect(await find('مَكْتَبَةٌ')).toEqual([ids['zubair-library']]);
    expect(await find('الزبير')).toEqual([ids['zubair-library']]);
    expect(await find('المدير الزبير')).toEqual([ids['zubair-library']]);
  });

  test('Arabic finds across alef forms (أ إ آ ا) and taa marbuta / haa', async () => {
    for (const q of ['اسطرلاب', 'إسطرلاب', 'أسطرلاب', 'آسطرلاب']) expect(await find(q)).toEqual([ids.astrolabe]);
    for (const q of ['اثري', 'أثري', 'إثري']) expect(await find(q)).toEqual([ids.astrolabe]);
    for (const q of ['امرلي', 'آمرلي']) expect(await find(q)).toEqual([ids.astrolabe]);
    expect(await find('أسطول')).toEqual([ids.astrolabe]);
    expect(await find('مكتبه')).toEqual([ids['zubair-library']]);
  });

  test('a title typed in part finds it by its beginning, in both languages', async () => {
    expect(await find('Quorvale harb')).toEqual([ids['quorvale-harbour']]);
    expect(await find('quorvale HARBOUR reop')).toEqual([ids['quorvale-harbour']]);
    expect(await find('اسطرلاب اث')).toEqual([ids.astrolabe]);
    expect(await find('افتتاح مكتبه للمخ')).toEqual([ids['zubair-library']]);
  });
});

describe('Prefer: count=none, a page of a search without counting every match', () => {
  const list = (token: string, range: [number, number], prefer?: string) =>
    call(token, 'GET', `/articles?sort=${encodeURIComponent('["id","ASC"]')}&range=${JSON.stringify(range)}&filter=${encodeURIComponent('{"q":"market"}')}`,
      undefined, prefer ? { Prefer: prefer } : {});
  const contentRange = (res: { headers: Headers }) => res.headers.get('Content-Range');

  test('the same rows; the total is * while more follow, and counted on the last page', async () => {
    const token = await login('editor@newsdesk.test');
    const counted = await list(token, [0, 4]);
    const total = Number(contentRange(counted)?.split('/')[1]);
    expect(total).toBeGreaterThan(10); // "market" is in about half of the seed's articles
    const first = await list(token, [0, 4], 'count=none');
    expect(first.json).toEqual(counted.json);
    expect(contentRange(first)).toBe('articles 0-4/*');
    // Other preferences beside it, in any case.
    expect(contentRange(await list(token, [5, 9], 'return=minimal, Count=None'))).toBe('articles 5-9/*');
    // A page ending on the last match has nothing after it: the total is known.
    expect(contentRange(await list(token, [total - 5, total - 1], 'count=none'))).toBe(`articles ${total - 5}-${total - 1}/${total}`);
    const last = await list(token, [total - 3, total + 6], 'count=none');
    expect(contentRange(last)).toBe(`articles ${total - 3}-${total - 1}/${total}`);
    expect(last.json).toEqual(((await list(token, [total - 3, total + 6])).json));
    expect(contentRange(await list(token, [total + 10, total + 14], 'count=none'))).toBe(`articles */${total}`);
  });
});
