import { sql, type SQL } from 'drizzle-orm';
import type { MetricFilter, Period } from '../../types';

const ids = (values: number[]) => sql.join(values.map((v) => sql`${v}::int`), sql`, `);

/**
 * The FROM and WHERE of an aggregation: metric rows `m` of the period, joined to their article
 * `a` only when the filter or the caller (`joins`, joined after it) needs it. A missing category or author reads as -1, as in the
 * breakdown's keys.
 */
export const scope = (p: Period, f: MetricFilter, joins?: SQL): SQL => {
  const conds: SQL[] = [sql`m.day BETWEEN ${p.from}::int AND ${p.to}::int`, ...articleConds(f)];
  const article = joins || conds.length > 1 ? sql`JOIN articles a ON a.id = m.article_id ${joins ?? sql``}` : sql``;
  return sql`FROM metrics_daily m ${article} WHERE ${sql.join(conds, sql` AND `)}`;
};

/** The filter's conditions on the article `a`. */
const articleConds = (f: MetricFilter): SQL[] => {
  const conds: SQL[] = [];
  if (f.categoryIds) conds.push(f.categoryIds.length ? sql`coalesce(a.category_id, -1) IN (${ids(f.categoryIds)})` : sql`false`);
  if (f.authorIds) conds.push(f.authorIds.length ? sql`coalesce(a.author_id, -1) IN (${ids(f.authorIds)})` : sql`false`);
  if (f.langs) conds.push(f.langs.length ? sql`a.lang IN (${sql.join(f.langs.map((l) => sql`${l}`), sql`, `)})` : sql`false`);
  return conds;
};

/** The same conditions as one (true without any). */
export const articleFilter = (f: MetricFilter): SQL => {
  const conds = articleConds(f);
  return conds.length ? sql.join(conds, sql` AND `) : sql`true`;
};

/**
 * The same over the rollup metrics_segment_daily `m` (day and segment sums, see the schema): for
 * aggregations that need no article but its segment. `joins` may use m.category_id.
 */
export const rollupScope = (p: Period, f: MetricFilter, joins?: SQL): SQL => {
  const conds: SQL[] = [sql`m.day BETWEEN ${p.from}::int AND ${p.to}::int`];
  if (f.categoryIds) conds.push(f.categoryIds.length ? sql`m.category_id IN (${ids(f.categoryIds)})` : sql`false`);
  if (f.authorIds) conds.push(f.authorIds.length ? sql`m.author_id IN (${ids(f.authorIds)})` : sql`false`);
  if (f.langs) conds.push(f.langs.length ? sql`m.lang IN (${sql.join(f.langs.map((l) => sql`${l}`), sql`, `)})` : sql`false`);
  return sql`FROM metrics_segment_daily m ${joins ?? sql``} WHERE ${sql.join(conds, sql` AND `)}`;
};

/** Sums of a group of rows, as float8 so both drivers answer numbers (exact below 2^53). */
export const sums = sql`coalesce(sum(m.views), 0)::float8 AS views, coalesce(sum(m.shares), 0)::float8 AS shares,
  coalesce(sum(m.facebook), 0)::float8 AS facebook, coalesce(sum(m.x), 0)::float8 AS x,
  coalesce(sum(m.whatsapp), 0)::float8 AS whatsapp, coalesce(sum(m.telegram), 0)::float8 AS telegram,
  coalesce(sum(m.email), 0)::float8 AS email`;

export interface SumRow {
  views: number;
  shares: number;
  facebook: number;
  x: number;
  whatsapp: number;
  telegram: number;
  email: number;
}

export const totalsOf = (r: SumRow | undefined) => ({
  views: r?.views ?? 0,
  shares: r?.shares ?? 0,
  byNetwork: { facebook: r?.facebook ?? 0, x: r?.x ?? 0, whatsapp: r?.whatsapp ?? 0, telegram: r?.telegram ?? 0, email: r?.email ?? 0 },
});
