import { sql } from 'drizzle-orm';
import { METRIC_DAYS } from '../../../seed/traffic';
import type { Group, Grouping, Metrics, SpikeHit } from '../../types';
import { rowsOf, type Executor } from '../driver';
import { guard } from '../errors';
import { rollupScope, scope, sums, totalsOf, type SumRow } from './filter';
import { metricRows } from './rows';
import { topOf, type TopWay } from './top';

export type { TopWay } from './top';

/** The key of each grouping over the rollup (-1 there: no category or author). */
const groupKeys: Record<Grouping, ReturnType<typeof sql>> = {
  // Sections have two levels: a category's section is its parent, a section its own.
  section: sql`coalesce(c.parent_id, m.category_id)`,
  category: sql`m.category_id`,
  language: sql`m.lang`,
  author: sql`m.author_id`,
};

/** Aggregations over metrics_daily, in SQL. */
export const sqlMetrics = (db: Executor, way: TopWay = 'any'): Metrics => ({
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

  top: (p, f, by, limit) => guard(() => topOf(db, way, p, f, by, limit)),

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

