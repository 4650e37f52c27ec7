import type { Category } from '../../../src/schemas';
import type { Grouping } from '../../store/types';
import { dayToIsoDate } from '../clock';
import type { Ctx } from '../context';
import { fail, notFound } from '../errors';
import { aggregateRequest, intParam } from './context';
import { periodJson, previousOf } from './params';

const groupings: Grouping[] = ['section', 'category', 'language', 'author'];

const byIds = async <R extends { id: number }>(list: (ids: number[]) => Promise<{ rows: R[] }>, ids: number[]) =>
  new Map((ids.length ? (await list([...new Set(ids)])).rows : []).map((r) => [r.id, r]));
const idsQuery = (ids: number[]) => ({ where: [{ field: 'id', op: 'in' as const, values: ids }], sort: [['id', 'ASC'] as ['id', 'ASC']], range: null });

/** The aggregation endpoints (README, "Metrics aggregations"): read-only, any metrics reader. */
export const summary = async (ctx: Ctx, url: URL) => {
  const { period, filter } = await aggregateRequest(ctx, url);
  const before = previousOf(period);
  const [totals, previous] = await Promise.all([ctx.db.metrics.totals(period, filter), ctx.db.metrics.totals(before, filter)]);
  return { period: periodJson(period), previousPeriod: periodJson(before), totals, previous };
};

export const series = async (ctx: Ctx, url: URL) => {
  const { period, filter } = await aggregateRequest(ctx, url);
  const days = await ctx.db.metrics.series(period, filter);
  return { period: periodJson(period), days: days.map(({ day, ...t }) => ({ date: dayToIsoDate(day), ...t })) };
};

export const top = async (ctx: Ctx, url: URL) => {
  const { period, filter } = await aggregateRequest(ctx, url);
  const by = url.searchParams.get('by') ?? 'views';
  if (by !== 'views' && by !== 'shares') fail(400, 'by must be views or shares', { errors: { by: 'views | shares' } });
  const limit = intParam(url, 'limit', 10, 1, 100);
  const entries = await ctx.db.metrics.top(period, filter, by as 'views', limit);
  const articles = new Map((await ctx.db.articles.briefs(entries.map((e) => e.articleId))).map((a) => [a.id, a]));
  const categories = await byIds<Category>((ids) => ctx.db.categories.list(idsQuery(ids)), [...articles.values()].flatMap((a) => (a.categoryId ? [a.categoryId] : [])));
  const parents = await byIds<Category>((ids) => ctx.db.categories.list(idsQuery(ids)), [...categories.values()].flatMap((c) => (c.parentId ? [c.parentId] : [])));
  const authors = await byIds((ids) => ctx.db.authors.list(idsQuery(ids)), [...articles.values()].flatMap((a) => (a.authorId ? [a.authorId] : [])));
  const items = entries.map((t) => {
    const a = articles.get(t.articleId)!;
    const category = a.categoryId === null ? undefined : categories.get(a.categoryId);
    const section = category?.parentId ? parents.get(category.parentId) : category;
    return {
      ...t,
      title: a.title,
      lang: a.lang,
      categoryId: a.categoryId,
      sectionId: section?.id ?? a.categoryId,
      sectionName: section?.name ?? null,
      authorId: a.authorId,
      authorName: a.authorId === null ? null : (authors.get(a.authorId)?.name ?? null),
      publishedAt: a.publishedAt,
    };
  });
  return { period: periodJson(period), by, items };
};

export const breakdown = async (ctx: Ctx, url: URL) => {
  const { period, filter } = await aggregateRequest(ctx, url);
  const by = (url.searchParams.get('by') ?? 'section') as Grouping;
  if (!groupings.includes(by)) fail(400, `by must be one of ${groupings.join(', ')}`, { errors: { by: groupings.join(' | ') } });
  const groups = await ctx.db.metrics.breakdown(period, filter, by);
  const ids = groups.map((g) => Number(g.key)).filter((id) => id > 0);
  const names =
    by === 'language'
      ? new Map()
      : by === 'author'
        ? new Map([...(await byIds((i) => ctx.db.authors.list(idsQuery(i)), ids)).values()].map((a) => [a.id, a.name]))
        : new Map([...(await byIds<Category>((i) => ctx.db.categories.list(idsQuery(i)), ids)).values()].map((c) => [c.id, c.name]));
  return { period: periodJson(period), by, items: groups.map((g) => ({ ...g, name: names.get(Number(g.key)) ?? null })) };
};

/** One article's daily rows in the period (default: since it was published), days without rows as zeros. */
export const articleSeries = async (ctx: Ctx, url: URL, rawId: unknown) => {
  const a = (await ctx.db.articles.get(Number(rawId))) ?? notFound('articles', rawId);
  const span = await ctx.db.metrics.span(a.id);
  const own = !['period', 'from', 'to'].some((k) => url.searchParams.has(k)) && span;
  const { period } = own ? { period: { from: span.first, to: span.last } } : await aggregateRequest(ctx, url, '90d');
  const rows = await ctx.db.metrics.rows({ articleIds: [a.id], from: period.from, to: period.to, byDate: true, order: 'ASC', range: null });
  const byDay = new Map(rows.rows.map((r) => [r.day, r]));
  const days = [];
  for (let d = period.from; d <= period.to; d++) {
    const r = byDay.get(d);
    const byNetwork = r?.shares ?? { facebook: 0, x: 0, whatsapp: 0, telegram: 0, email: 0 };
    const shares = Object.values(byNetwork).reduce((x, y) => x + y, 0);
    days.push({ date: dayToIsoDate(d), views: r?.views ?? 0, shares, byNetwork });
  }
  return { articleId: a.id, period: periodJson(period), days };
};

