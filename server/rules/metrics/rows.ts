import type { Metric } from '../../../src/schemas';
import type { MetricRow } from '../../store/types';
import { dayToIsoDate, isoDateToDay } from '../clock';
import type { Ctx } from '../context';
import { fail } from '../errors';
import { parseList } from '../listQuery';

const ID_BASE = 100_000;
/** A daily row's id: article and day in one number (`articleId * 100000 + day`). */
export const metricId = (articleId: number, day: number) => articleId * ID_BASE + day;
export const parseMetricId = (id: number) => ({ articleId: Math.floor(id / ID_BASE), day: id % ID_BASE });

export const metricJson = (r: MetricRow): Metric => ({
  id: metricId(r.articleId, r.day),
  articleId: r.articleId,
  date: dayToIsoDate(r.day),
  views: r.views,
  shares: r.shares,
});

const dayBound = (v: unknown, key: string): number | undefined => {
  if (v === undefined) return undefined;
  return isoDateToDay(String(v).slice(0, 10)) ?? fail(400, `${key} must be a date`, { errors: { [key]: 'nd.validation.date' } });
};

/** `GET /metrics`: daily rows, filtered by `articleId` (one or many) and `date_gte` / `date_lte`. */
export const listRows = async (ctx: Ctx, url: URL) => {
  const { query, filter } = parseList('metrics', url, ['date', 'ASC'], ['articleId', 'date_gte', 'date_lte']);
  const wanted = filter.articleId;
  const articleIds = wanted === undefined ? undefined : (Array.isArray(wanted) ? wanted : [wanted]).map(Number);
  if (articleIds?.some((n) => !Number.isInteger(n))) fail(400, 'articleId must be an id or a list of ids', { errors: { articleId: 'nd.validation.invalid' } });
  const page = await ctx.db.metrics.rows({
    articleIds,
    from: dayBound(filter.date_gte, 'date_gte'),
    to: dayBound(filter.date_lte, 'date_lte'),
    byDate: query.sort[0][0] === 'date',
    order: query.sort[0][1],
    range: query.range,
  });
  return { rows: page.rows.map(metricJson), total: page.total, start: query.range?.[0] ?? 0 };
};

/** `GET /metrics/:id`: one daily row. */
export const getRow = async (ctx: Ctx, rawId: unknown) => {
  const { articleId, day } = parseMetricId(Number(rawId));
  const page = await ctx.db.metrics.rows({ articleIds: [articleId], from: day, to: day, byDate: false, order: 'ASC', range: [0, 0] });
  return page.rows[0] ? metricJson(page.rows[0]) : fail(404, `No metrics record with id ${String(rawId)}`);
};
