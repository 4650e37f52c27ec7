import { sql } from 'drizzle-orm';
import { METRIC_DAYS } from '../../../seed/traffic';
import type { Group, Grouping, Metrics, SpikeHit, TopEntry } from '../../types';
import { rowsOf, type Executor } from '../driver';
import { guard } from '../errors';
import { articleFilter, rollupScope, scope, sums, totalsOf, type SumRow } from './filter';
import { metricRows } from './rows';

/** The key of each grouping over the rollup (-1 there: no category or author). */
const groupKeys: Record<Grouping, ReturnType<typeof sql>> = {
  // Sections have two levels: a category's section is its parent, a section its own.
  section: sql`coalesce(c.parent_id, m.category_id)`,
  category: sql`m.category_id`,
  language: sql`m.lang`,
  author: sql`m.author_id`,
};

/** Aggregations over metrics_daily, in SQL. */
export const sqlMetrics = (db: Executor): Metrics => ({
  lastDay: (today) =>
    guard(async () => (await rowsOf<{ day: number | null }>(db, sql`SELECT max(day) AS day FROM metrics_daily WHERE day <= ${today}::int`))[0]?.day ?? null),

  // Totals, series and breakdowns read the rollup (per day and segment); top, spikes and rows
  // need single articles and read metrics_daily.
  totals: (p, f) => guard(async () => totalsOf((await rowsOf<SumRow>(db, sql`SELECT ${sums} ${rollupScope(p, f)}`))[0])),

  series: (p, f) =>
    guard(async () => {
      const rows = await rowsOf<SumRow & { day: number }>(db, sql`SELECT m.day, ${sums} ${rollupScope(p, f)} GROUP BY m.day`);
      const byDay = new Map(rows.map((r) => [r.day, r]));
      return Array.from({ length: p.to - p.from + 1 }, (_, k) => ({ day: p.from + k, ...totalsOf(byDay.get(p.from + k)) }));
    }),

  top: (p, f, by, limit) =>
    guard(async () => {
      const measure = by === 'views' ? sql`views` : sql`shares`;
      // A period holding the whole window (the rows kept) sums every row of each article: that is
      // the article's own views and shares (traffic.ts keeps them), read through their index: the
      // limit-th largest value first (an index walk in its order), then, in a second query so the
      // planner knows the bound, the rows from it up, ties by id (ORDER BY measure DESC, id ASC
      // alone is not the index's order: the planner would read every article).
      const [last] = await rowsOf<{ day: number | null }>(db, sql`SELECT max(day) AS day FROM metrics_daily`);
      const whole = last?.day != null && p.from <= last.day - METRIC_DAYS + 1 && p.to >= last.day;
      let best: { id: number; views: number; shares: number }[];
      if (whole) {
        const [floor] = await rowsOf<{ v: number }>(db, sql`
          SELECT a.${measure} AS v FROM articles a WHERE a.${measure} > 0 AND ${articleFilter(f)}
          ORDER BY a.${measure} DESC NULLS LAST OFFSET ${limit - 1}::int LIMIT 1`);
        best = await rowsOf(db, sql`
          SELECT a.id, a.views::float8 AS views, a.shares::float8 AS shares FROM articles a
          WHERE a.${measure} >= ${Math.max(1, floor?.v ?? 1)}::int AND ${articleFilter(f)}
          ORDER BY a.${measure} DESC, a.id ASC LIMIT ${limit}::int`);
      } else {
        best = await rowsOf(db, sql`
          SELECT m.article_id AS id, sum(m.views)::float8 AS views, sum(m.shares)::float8 AS shares ${scope(p, f)}
          GROUP BY m.article_id HAVING sum(m.${measure}) > 0 ORDER BY ${measure} DESC, id ASC LIMIT ${limit}::int`);
      }
      if (!best.length) return [];
      const days = await rowsOf<{ id: number; day: number; v: number }>(db, sql`
        SELECT article_id AS id, day, ${measure} AS v FROM metrics_daily
        WHERE article_id IN (${sql.join(best.map((b) => sql`${b.id}::int`), sql`, `)}) AND day BETWEEN ${p.from}::int AND ${p.to}::int`);
      const trend = new Map(best.map((b) => [b.id, new Array<number>(p.to - p.from + 1).fill(0)]));
      for (const d of days) trend.get(d.id)![d.day - p.from] = d.v;
      return best.map((b): TopEntry => ({ articleId: b.id, views: b.views, shares: b.shares, trend: trend.get(b.id)! }));
    }),

  breakdown: (p, f, by) =>
    guard(async () => {
      const joins = by === 'section' ? sql`LEFT JOIN categories c ON c.id = m.category_id` : sql``;
      const rows = await rowsOf<SumRow & { key: number | string }>(db, sql`
        SELECT ${groupKeys[by]} AS key, ${sums} ${rollupScope(p, f, joins)}
        GROUP BY 1 HAVING sum(m.views) > 0 OR sum(m.shares) > 0
        ORDER BY views DESC, shares DESC, key`);
      return rows.map((r): Group => ({ key: r.key, ...totalsOf(r) }));
    }),

  spikes: (p, f, multiple) =>
    guard(async () => {
      const [last] = await rowsOf<{ day: number | null }>(db, sql`SELECT max(day) AS day FROM metrics_daily`);
      if (last?.day == null) return [];
      // The window's first 7 days have no complete trailing week (as in the memory store).
      const from = Math.max(p.from, last.day - METRIC_DAYS + 1 + 7);
      // The ratio condition reads the partial index; the product restates it exactly.
      const rows = await rowsOf<SpikeHit>(db, sql`
        SELECT m.article_id AS "articleId", m.day, m.views, m.median7 AS median ${scope({ from, to: p.to }, f)}
          AND m.views >= 50 AND m.median7 IS NOT NULL
          AND m.views::float8 / greatest(m.median7, 1) >= ${multiple}::float8
          AND m.views::float8 > ${multiple}::float8 * greatest(m.median7, 1)::float8
        ORDER BY m.day DESC, m.views::float8 / greatest(m.median7, 1) DESC, m.article_id ASC`);
      return rows;
    }),

  span: (articleId) =>
    guard(async () => {
      const [r] = await rowsOf<{ first: number | null; last: number | null }>(
        db, sql`SELECT min(day) AS first, max(day) AS last FROM metrics_daily WHERE article_id = ${articleId}::int`,
      );
      return r?.first == null || r.last == null ? null : { first: r.first, last: r.last };
    }),

  rows: (query) => guard(() => metricRows(db, query)),
});

