import { networks, type SharesByNetwork } from '../../../src/schemas';
import { DAY_MS } from '../../../server/rules/clock';
import type { Tables as Db } from '../../../server/store/memory/tables';
import type { StoredArticle } from '../../../server/store/memory/types';
import { articleDays, metricRow } from '../../../server/seed/traffic';

/**
 * The slow, obvious computation the aggregation index must agree with: every derived row,
 * one object each, through the public `metricRow`, summed with plain loops.
 */
export interface Row {
  a: StoredArticle;
  day: number;
  date: string;
  views: number;
  shares: number;
  byNetwork: SharesByNetwork;
}

export const allRows = (db: Db, now: number): Row[] => {
  const out: Row[] = [];
  for (const a of db.articles.rows.values()) {
    const days = articleDays(a, now);
    if (!days) continue;
    for (let d = days.first; d <= days.last; d++) {
      const date = new Date(d * DAY_MS).toISOString().slice(0, 10);
      const r = metricRow(a, date, now)!;
      out.push({ a, day: d, date, views: r.views, shares: networks.reduce((n, k) => n + r.shares[k], 0), byNetwork: r.shares });
    }
  }
  return out;
};

export interface Filter {
  section?: number[];
  categoryId?: number[];
  lang?: string[];
  authorId?: number[];
}

/** The top-level section of a category, climbing parents one by one. */
export const sectionOf = (db: Db, id: number): number => {
  let c = db.categories.get(id);
  while (c?.parentId != null) c = db.categories.get(c.parentId);
  return c?.id ?? id;
};

const inSection = (db: Db, cat: number | null, sections: number[]) => {
  for (let c = cat === null ? undefined : db.categories.get(cat); c; c = c.parentId === null ? undefined : db.categories.get(c.parentId)) {
    if (sections.includes(c.id)) return true;
  }
  return false;
};

export const matches = (db: Db, a: StoredArticle, f: Filter) =>
  (!f.section || inSection(db, a.categoryId, f.section)) &&
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
