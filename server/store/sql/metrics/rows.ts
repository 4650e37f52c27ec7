import { sql } from 'drizzle-orm';
import type { MetricRow, Metrics, Page } from '../../types';
import { rowsOf, type Executor } from '../driver';

type RowsQuery = Parameters<Metrics['rows']>[0];

/** Daily rows of some articles and days, by article then day or by day then article. */
export const metricRows = async (db: Executor, q: RowsQuery): Promise<Page<MetricRow>> => {
  const conds = [sql`true`];
  if (q.articleIds) {
    conds.push(q.articleIds.length ? sql`article_id IN (${sql.join(q.articleIds.map((id) => sql`${id}::int`), sql`, `)})` : sql`false`);
  }
  if (q.from !== undefined) conds.push(sql`day >= ${q.from}::int`);
  if (q.to !== undefined) conds.push(sql`day <= ${q.to}::int`);
  const where = sql.join(conds, sql` AND `);
  const dir = q.order === 'ASC' ? sql`ASC` : sql`DESC`;
  const order = q.byDate ? sql`day ${dir}, article_id ${dir}` : sql`article_id ${dir}, day ${dir}`;
  const page = q.range ? sql`LIMIT ${Math.max(0, q.range[1] - q.range[0] + 1)}::int OFFSET ${Math.max(0, q.range[0])}::int` : sql``;
  const rows = await rowsOf<{
    article_id: number; day: number; views: number; facebook: number; x: number; whatsapp: number; telegram: number; email: number;
  }>(db, sql`SELECT article_id, day, views, facebook, x, whatsapp, telegram, email FROM metrics_daily WHERE ${where} ORDER BY ${order} ${page}`);
  const [{ n }] = await rowsOf<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM metrics_daily WHERE ${where}`);
  return {
    total: n,
    rows: rows.map((r) => ({
      articleId: r.article_id, day: r.day, views: r.views,
      shares: { facebook: r.facebook, x: r.x, whatsapp: r.whatsapp, telegram: r.telegram, email: r.email },
    })),
  };
};
