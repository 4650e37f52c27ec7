import { networks, type Article, type Category, type Metric, type SharesByNetwork } from '../../../src/schemas';
import { DAY_MS } from '../../../server/rules/clock';
import { call } from '../backend';

/**
 * The slow, obvious computation the aggregations must agree with: every daily row the server
 * lists (GET /metrics), one object each, joined with its article, summed with plain loops.
 * Read through the API, so it holds for every store.
 */
export type BruteArticle = Pick<Article, 'id' | 'title' | 'categoryId' | 'lang' | 'authorId'>;
export interface Row {
  a: BruteArticle;
  day: number;
  date: string;
  views: number;
  shares: number;
  byNetwork: SharesByNetwork;
}
export interface World {
  rows: Row[];
  parents: Map<number, number | null>;
}

const everything = async <T>(token: string, resource: string): Promise<T[]> => {
  const res = await call(token, 'GET', `/${resource}?range=[0,9999999]&sort=${encodeURIComponent('["id","ASC"]')}`);
  if (res.status !== 200) throw new Error(`${resource}: ${res.status}`);
  return res.json as unknown as T[];
};

export const loadWorld = async (token: string): Promise<World> => {
  const articles = new Map((await everything<Article>(token, 'articles')).map((a) => [a.id, a]));
  const categories = await everything<Category>(token, 'categories');
  const metrics = await everything<Metric>(token, 'metrics');
  const rows = metrics.map((m) => ({
    a: articles.get(m.articleId)!,
    day: Date.parse(`${m.date}T00:00:00Z`) / DAY_MS,
    date: m.date,
    views: m.views,
    shares: networks.reduce((n, k) => n + m.shares[k], 0),
    byNetwork: m.shares,
  }));
  return { rows, parents: new Map(categories.map((c) => [c.id, c.parentId])) };
};

export interface Filter {
  section?: number[];
  categoryId?: number[];
  lang?: string[];
  authorId?: number[];
}

/** The top-level section of a category, climbing parents one by one. */
export const sectionOf = (w: World, id: number): number => {
  let c = id;
  while (w.parents.get(c) != null) c = w.parents.get(c)!;
  return c;
};

const inSection = (w: World, cat: number | null, sections: number[]) => {
  for (let c: number | null | undefined = cat; c != null; c = w.parents.get(c)) if (sections.includes(c)) return true;
  return false;
};

export const matches = (w: World, a: BruteArticle, f: Filter) =>
  (!f.section || inSection(w, a.categoryId, f.section)) &&
  (!f.categoryId || (a.categoryId !== null && f.categoryId.includes(a.categoryId))) &&
  (!f.lang || f.lang.includes(a.lang)) &&
  (!f.authorId || (a.authorId !== null && f.authorId.includes(a.authorId)));

export const sum = (rows: Row[]) => {
  const byNetwork = { facebook: 0, x: 0, whatsapp: 0, telegram: 0, email: 0 };
  let views = 0;
  let shares = 0;
  for (const r of rows) {
    views += r.views;
    shares += r.shares;
    for (const n of networks) byNetwork[n] += r.byNetwork[n];
  }
  return { views, shares, byNetwork };
};

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
