import type { Review } from '../../store/types';
import { UniqueViolation } from '../../store/errors';
import { dayToIsoDate, isoDateToDay } from '../clock';
import type { Ctx } from '../context';
import { fail } from '../errors';
import { aggregateRequest, intParam } from './context';
import { periodJson } from './params';

export const DEFAULT_MULTIPLE = 5;
export const MAX_NOTE = 500;

/** `multiple` of the trailing median that makes a spike: a setting of the client, default 5. */
const multipleOf = (raw: unknown): number => {
  if (raw === undefined || raw === null || raw === '') return DEFAULT_MULTIPLE;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 1.5 && n <= 100 ? n : fail(400, 'multiple must be a number from 1.5 to 100', { errors: { multiple: '1.5-100' } });
};

const reviewsOf = async (ctx: Ctx, articleIds: number[]) => {
  if (!articleIds.length) return new Map<string, Review>();
  const rows = await ctx.db.reviews.list({ where: [{ field: 'articleId', op: 'in', values: [...new Set(articleIds)] }], sort: [['id', 'ASC']], range: null });
  return new Map(rows.rows.map((r) => [`${r.articleId}|${r.date}`, r]));
};

/** `GET /metrics/spikes`: spikes in the period (default 30 days), newest first; `reviewed=true|false` narrows. */
export const listSpikes = async (ctx: Ctx, url: URL) => {
  const { period, filter } = await aggregateRequest(ctx, url, '30d');
  const multiple = multipleOf(url.searchParams.get('multiple'));
  const limit = intParam(url, 'limit', 100, 1, 1000);
  const wanted = url.searchParams.get('reviewed');
  const hits = await ctx.db.metrics.spikes(period, filter, multiple);
  const reviews = await reviewsOf(ctx, hits.map((h) => h.articleId));
  const all = hits.map((h) => ({ h, date: dayToIsoDate(h.day), review: reviews.get(`${h.articleId}|${dayToIsoDate(h.day)}`) }));
  const unreviewed = all.filter((s) => !s.review).length;
  const kept = wanted === 'true' ? all.filter((s) => s.review) : wanted === 'false' ? all.filter((s) => !s.review) : all;
  const page = kept.slice(0, limit);
  const ids = [...new Set(page.map((s) => s.h.articleId))];
  // Briefs, not articles: a page of 1,000 spikes would otherwise read 1,000 bodies (about 2 MB).
  const articles = new Map((await ctx.db.articles.briefs(ids)).map((a) => [a.id, a]));
  const items = page.map(({ h, date, review }) => {
    const a = articles.get(h.articleId)!;
    return {
      id: `${h.articleId}-${date}`,
      articleId: h.articleId,
      date,
      views: h.views,
      median: h.median,
      ratio: Math.round((h.views / Math.max(h.median, 1)) * 10) / 10,
      title: a.title,
      lang: a.lang,
      categoryId: a.categoryId,
      review: review ?? null,
    };
  });
  return { period: periodJson(period), multiple, total: all.length, unreviewed, items };
};

/** `POST /metrics/spikes/:articleId/:date/review`: who and when are the server's; `note` is optional. */
export const reviewSpike = async (ctx: Ctx, rawArticleId: unknown, rawDate: unknown, body: Record<string, unknown> | null) => {
  const note = body?.note ?? '';
  if (typeof note !== 'string' || note.trim().length > MAX_NOTE) fail(400, 'Invalid note', { errors: { note: `at most ${MAX_NOTE} characters` } });
  const multiple = multipleOf(body?.multiple);
  const articleId = Number(rawArticleId);
  const date = String(rawDate);
  const day = isoDateToDay(date);
  const article = Number.isInteger(articleId) ? await ctx.db.articles.get(articleId) : null;
  if (!article || day === null) return fail(404, 'No such spike');
  const flagged = (await ctx.db.metrics.spikes({ from: day, to: day }, {}, multiple)).some((h) => h.articleId === articleId);
  if (!flagged) fail(404, `No spike for article ${articleId} on ${date} at ${multiple}×`);
  const already = () => reviewsOf(ctx, [articleId]).then((m) => m.get(`${articleId}|${date}`));
  const existing = await already();
  if (existing) fail(409, 'This spike was already reviewed', { record: existing });
  try {
    return await ctx.db.reviews.insert({
      articleId, date, note: (note as string).trim(), reviewedBy: ctx.user.id, reviewerName: ctx.user.name, reviewedAt: ctx.now,
    });
  } catch (e) {
    // Two moderators at once: the database keeps the first review.
    if (e instanceof UniqueViolation) return fail(409, 'This spike was already reviewed', { record: await already() });
    throw e;
  }
};
