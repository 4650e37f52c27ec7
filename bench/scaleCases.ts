/** The requests bench/scale.ts times, in groups with the targets. */
type Call = (method: string, path: string, token?: string, body?: unknown, headers?: Record<string, string>) => Promise<unknown>;
interface Case {
  name: string;
  run: (call: Call, token: string, i: number) => Promise<unknown>;
  /**
   * How many different requests its runs cycle through (run i makes the i-th modulo this): each
   * is made once before the timing, so the figures are a warm server's. Default 1.
   */
  distinct?: number;
}
export interface Group {
  title: string;
  target: number;
  cases: Case[];
}

const enc = (v: unknown) => encodeURIComponent(JSON.stringify(v));
const list = (resource: string, sort: unknown, filter: object = {}, range = [0, 24]) =>
  `/${resource}?sort=${enc(sort)}&range=${enc(range)}&filter=${enc(filter)}`;
const get = (path: string): Case['run'] => (call, token) => call('GET', path, token);
/** The article list's search, as the dashboard sends it: the page without counting every match. */
const search = (call: Call, token: string, filter: object) =>
  call('GET', list('articles', ['publishedAt', 'DESC'], filter), token, undefined, { Prefer: 'count=none' });

type Row = { id: number; version: number; categoryId: number | null; authorId: number | null; tagIds: number[] };

export const scaleCases = (size: number, runs: number): Group[] => {
  // The first screen's references: whatever its first page names (fetched once, as the UI does).
  let firstPage: Row[] | undefined;
  const page = async (call: Call, token: string) =>
    (firstPage ??= (await call('GET', list('articles', [['isBreaking', 'DESC'], ['publishedAt', 'DESC']]), token)) as Row[]);
  const refs = (field: 'categoryId' | 'authorId' | 'tagIds'): ((rows: Row[]) => number[]) => (rows) =>
    [...new Set(rows.flatMap((r) => (field === 'tagIds' ? r.tagIds : r[field] === null ? [] : [r[field]!])))];
  const getMany = (resource: string, ids: (rows: Row[]) => number[]): Case['run'] => async (call, token) =>
    call('GET', `/${resource}?filter=${enc({ id: ids(await page(call, token)) })}`, token);
  // Ids spread over the whole table; articles 1..size exist in the seed.
  const spread = (i: number, step: number) => 1 + ((i * step) % size);
  const words = ['ceasefire', 'elections', 'oil prices', 'النفط', 'بغداد', 'الانتخابات', 'Baghdad', 'market'];
  const veteran = 100; // among the newest published stories: a full 90-day window of rows
  return [
    {
      title: 'issue 10 item 12: list page, get, save',
      target: 30,
      cases: [
        { name: 'GET /articles page 1 (publishedAt DESC, 25)', run: get(list('articles', ['publishedAt', 'DESC'])) },
        { name: 'GET /articles/:id', run: (call, token, i) => call('GET', `/articles/${spread(i, 7919)}`, token) },
        {
          name: 'PUT /articles/:id (save, after its GET: both timed)',
          run: async (call, token, i) => {
            const a = (await call('GET', `/articles/${spread(i, 104_729)}`, token)) as Row & { seoTitle: string };
            return call('PUT', `/articles/${a.id}`, token, { ...a, seoTitle: `bench ${i} ${runs}` });
          },
        },
      ],
    },
    {
      title: 'search, GET /articles?filter={"q":…} (page of 25), as the dashboard asks: Prefer: count=none',
      target: 50,
      cases: [
        { name: 'q one of 8 words/phrases, en + ar, publishedAt DESC', run: (call, token, i) => search(call, token, { q: words[i % words.length] }), distinct: words.length },
        { name: 'q title prefix "US, Japan sign agr"', run: (call, token) => search(call, token, { q: 'US, Japan sign agr' }) },
        { name: 'q + status=published', run: (call, token, i) => search(call, token, { q: words[i % words.length], status: 'published' }), distinct: words.length },
        { name: 'GET /articles/counts under q (the tabs, after the page)', run: (call, token, i) => call('GET', `/articles/counts?filter=${enc({ q: words[i % words.length] })}`, token), distinct: words.length },
      ],
    },
    {
      title: 'search, counted (the contract\'s default, for other API clients)',
      target: 50,
      cases: [
        { name: 'q one of 8 words/phrases, counted', run: (call, token, i) => call('GET', list('articles', ['publishedAt', 'DESC'], { q: words[i % words.length] }), token), distinct: words.length },
        { name: 'q, breaking first, counted', run: (call, token, i) => call('GET', list('articles', [['isBreaking', 'DESC'], ['publishedAt', 'DESC']], { q: words[i % words.length] }), token), distinct: words.length },
      ],
    },
    {
      title: 'metrics endpoints',
      target: 100,
      cases: [
        ...['today', '7d', '30d', '90d'].map((p) => ({ name: `summary period=${p}`, run: get(`/metrics/summary?period=${p}`) })),
        { name: 'summary 90d, section=1 (News and its subsections)', run: get(`/metrics/summary?period=90d&filter=${enc({ section: 1 })}`) },
        { name: 'summary 30d, lang=ar, authorId=1', run: get(`/metrics/summary?period=30d&filter=${enc({ lang: 'ar', authorId: 1 })}`) },
        ...['7d', '30d', '90d'].map((p) => ({ name: `series period=${p}`, run: get(`/metrics/series?period=${p}`) })),
        { name: 'series 90d, categoryId=[3,4]', run: get(`/metrics/series?period=90d&filter=${enc({ categoryId: [3, 4] })}`) },
        { name: 'top by views, 7d', run: get('/metrics/top?period=7d&by=views') },
        { name: 'top by shares, 90d', run: get('/metrics/top?period=90d&by=shares') },
        { name: 'top 100 by views, 30d', run: get('/metrics/top?period=30d&by=views&limit=100') },
        { name: 'top by shares, today', run: get('/metrics/top?period=today&by=shares') },
        { name: 'top by views, 7d, lang=ar', run: get(`/metrics/top?period=7d&by=views&filter=${enc({ lang: 'ar' })}`) },
        { name: 'top by views, 30d, authorId=1', run: get(`/metrics/top?period=30d&by=views&filter=${enc({ authorId: 1 })}`) },
        ...['section', 'category', 'language', 'author'].map((by) => ({ name: `breakdown by ${by}, 90d`, run: get(`/metrics/breakdown?period=90d&by=${by}`) })),
        { name: 'breakdown by section, 7d', run: get('/metrics/breakdown?period=7d&by=section') },
        { name: 'spikes (30d, 5x)', run: get('/metrics/spikes') },
        { name: 'spikes 90d, 3x, limit 1000', run: get('/metrics/spikes?period=90d&multiple=3&limit=1000') },
        { name: 'article series (GET /metrics/articles/:id/series)', run: (call, token, i) => call('GET', `/metrics/articles/${veteran + i}/series`, token) },
        { name: 'article rows (GET /metrics?filter={articleId}, 90)', run: (call, token, i) => call('GET', `/metrics?filter=${enc({ articleId: veteran + i })}&range=[0,89]&sort=${enc(['date', 'DESC'])}`, token) },
      ],
    },
    {
      title: "the article list's first screen",
      target: 30,
      cases: [
        { name: 'GET /articles breaking first ([isBreaking DESC, publishedAt DESC])', run: get(list('articles', [['isBreaking', 'DESC'], ['publishedAt', 'DESC']])) },
        { name: 'the same, status=published tab', run: get(list('articles', [['isBreaking', 'DESC'], ['publishedAt', 'DESC']], { status: 'published' })) },
        { name: 'GET /articles/counts', run: get(`/articles/counts?filter=${enc({})}`) },
        { name: 'GET /articles/counts, lang=ar', run: get(`/articles/counts?filter=${enc({ lang: 'ar' })}`) },
        { name: 'getMany categories of page 1', run: getMany('categories', refs('categoryId')) },
        { name: 'getMany authors of page 1', run: getMany('authors', refs('authorId')) },
        { name: 'getMany tags of page 1', run: getMany('tags', refs('tagIds')) },
        { name: 'GET /activity (at DESC, 25, with userName)', run: get(list('activity', ['at', 'DESC'])) },
      ],
    },
  ];
};
