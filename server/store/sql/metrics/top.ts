import { sql, type SQL } from 'drizzle-orm';
import { METRIC_DAYS } from '../../../seed/traffic';
import type { MetricFilter, Period, TopEntry } from '../../types';
import { rowsOf, type Executor } from '../driver';
import { articleFilter, scope } from './filter';

type By = 'views' | 'shares';
interface Ranked {
  id: number;
  views: number;
  shares: number;
}
/**
 * How a top list is ranked: `any` picks the fastest exact way; tests force `scan` (sum the
 * period's rows) or `kept` (the articles' own sums, an error when they are not for the period).
 */
export type TopWay = 'any' | 'scan' | 'kept';

/** The sums the articles keep per period length (traffic.ts), ending on metrics_recent_day. */
const keptSums: Record<number, Record<By, SQL>> = {
  7: { views: sql`a.views_7d`, shares: sql`a.shares_7d` },
  30: { views: sql`a.views_30d`, shares: sql`a.shares_30d` },
};

/** Every row of the period added up per article: any period, any filter. */
const byScan = (db: Executor, p: Period, f: MetricFilter, by: By, limit: number) =>
  rowsOf<Ranked>(db, sql`
    SELECT m.article_id AS id, sum(m.views)::float8 AS views, sum(m.shares)::float8 AS shares ${scope(p, f)}
    GROUP BY m.article_id HAVING sum(m.${sql.raw(by)}) > 0 ORDER BY ${sql.raw(by)} DESC, id ASC LIMIT ${limit}::int`);

/**
 * A period holding the whole window (the rows kept) sums every row of each article: that is the
 * article's own views and shares (traffic.ts keeps them), read through their index: the
 * limit-th largest value first (an index walk in its order), then, in a second query so the
 * planner knows the bound, the rows from it up, ties by id (ORDER BY measure DESC, id ASC alone
 * is not the index's order: the planner would read every article).
 */
const byWholeWindow = async (db: Executor, f: MetricFilter, by: By, limit: number) => {
  const measure = sql.raw(by);
  const [floor] = await rowsOf<{ v: number }>(db, sql`
    SELECT a.${measure} AS v FROM articles a WHERE a.${measure} > 0 AND ${articleFilter(f)}
    ORDER BY a.${measure} DESC NULLS LAST OFFSET ${limit - 1}::int LIMIT 1`);
  return rowsOf<Ranked>(db, sql`
    SELECT a.id, a.views::float8 AS views, a.shares::float8 AS shares FROM articles a
    WHERE a.${measure} >= ${Math.max(1, floor?.v ?? 1)}::int AND ${articleFilter(f)}
    ORDER BY a.${measure} DESC, a.id ASC LIMIT ${limit}::int`);
};

/**
 * The last 7 or 30 days: the articles' own sums of those days, when they end on the period's
 * last day (metrics_recent_day, read in the same statement, so a window moving meanwhile cannot
 * mix two days). Their indexes are in the list's order (most first, then the lower id), so this
 * reads the first `limit` entries that pass the filter. null when they are not for this period.
 */
const byKeptSums = async (db: Executor, p: Period, f: MetricFilter, by: By, limit: number): Promise<Ranked[] | null> => {
  const kept = keptSums[p.to - p.from + 1];
  if (!kept) return null;
  const rows = await rowsOf<Ranked & { day: number | null }>(db, sql`
    SELECT r.day, t.id, t.views, t.shares
    FROM (SELECT max(day) AS day FROM metrics_recent_day) r
    LEFT JOIN LATERAL (
      SELECT a.id, ${kept.views}::float8 AS views, ${kept.shares}::float8 AS shares FROM articles a
      WHERE ${kept[by]} > 0 AND ${articleFilter(f)}
      ORDER BY ${kept[by]} DESC NULLS LAST, a.id ASC LIMIT ${limit}::int
    ) t ON r.day = ${p.to}::int`);
  if (rows[0]?.day !== p.to) return null;
  return rows.flatMap((r) => (r.id === null ? [] : [{ id: r.id, views: r.views, shares: r.shares }]));
};

/** Most views (or shares) in the period first, ties to the lower id, each with its daily trend. */
export const topOf = async (db: Executor, way: TopWay, p: Period, f: MetricFilter, by: By, limit: number): Promise<TopEntry[]> => {
  let best: Ranked[] | null = null;
  if (way === 'kept') {
    best = await byKeptSums(db, p, f, by, limit);
    if (!best) throw new Error(`no kept sums for ${p.from}..${p.to}`);
  } else if (way === 'any') {
    const [last] = await rowsOf<{ day: number | null }>(db, sql`SELECT max(day) AS day FROM metrics_daily`);
    const whole = last?.day != null && p.from <= last.day - METRIC_DAYS + 1 && p.to >= last.day;
    best = whole ? await byWholeWindow(db, f, by, limit) : await byKeptSums(db, p, f, by, limit);
  }
  best ??= await byScan(db, p, f, by, limit);
  if (!best.length) return [];
  const days = await rowsOf<{ id: number; day: number; v: number }>(db, sql`
    SELECT article_id AS id, day, ${sql.raw(by)} AS v FROM metrics_daily
    WHERE article_id IN (${sql.join(best.map((b) => sql`${b.id}::int`), sql`, `)}) AND day BETWEEN ${p.from}::int AND ${p.to}::int`);
  const trend = new Map(best.map((b) => [b.id, new Array<number>(p.to - p.from + 1).fill(0)]));
  for (const d of days) trend.get(d.id)![d.day - p.from] = d.v;
  return best.map((b): TopEntry => ({ articleId: b.id, views: b.views, shares: b.shares, trend: trend.get(b.id)! }));
};
