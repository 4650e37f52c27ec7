import { networks, type Metric, type SharesByNetwork } from '../src/schemas';
import { dayNumber, dayToIsoDate, DAY_MS, nowMs } from './clock';
import { hash2, unit2 } from './random';

/**
 * Daily metric rows are never stored: a row is a pure function of (article, day), so 50,000
 * articles × 90 days cost nothing until asked for. An article's `views` and `shares` are the sums
 * of its rows; a later aggregation (dashboard) builds on these same helpers.
 */
export const METRIC_DAYS = 90;
const ID_BASE = 100_000;

export interface PublishedLike {
  id: number;
  publishedAt: string | null;
}

/** The days (inclusive day numbers) of the window that ends today. */
export const metricWindow = (now: number = nowMs()) => {
  const last = dayNumber(now);
  return { first: last - METRIC_DAYS + 1, last };
};

/** The days an article has rows for: from its publication (or the window start) to today. */
export const articleDays = (a: PublishedLike, now: number = nowMs()): { first: number; last: number } | null => {
  if (!a.publishedAt) return null;
  const w = metricWindow(now);
  const first = Math.max(dayNumber(Date.parse(a.publishedAt)), w.first);
  return first > w.last ? null : { first, last: w.last };
};

export const metricId = (articleId: number, day: number) => articleId * ID_BASE + day;
export const parseMetricId = (id: number) => ({ articleId: Math.floor(id / ID_BASE), day: id % ID_BASE });

const shareWeights: Record<(typeof networks)[number], number> = {
  facebook: 0.4, x: 0.25, whatsapp: 0.2, telegram: 0.1, email: 0.05,
};

/** Views of one article on one day: its popularity, decaying with age, with noise and rare spikes. */
export const dailyViews = (articleId: number, day: number, publishedDay: number): number => {
  const popularity = 40 + 12_000 * unit2(articleId, 0) ** 4;
  const age = Math.max(0, day - publishedDay);
  const spike = hash2(articleId, day * 7 + 3) % 211 === 0 ? 6 : 1;
  return Math.floor((popularity / (1 + age * 0.35)) * (0.6 + 0.8 * unit2(articleId, day)) * spike);
};

/** All shares of a day; the networks split it (remainder to Facebook), so sums stay exact. */
const dailyShares = (articleId: number, day: number, views: number) =>
  Math.floor(views * (0.01 + 0.04 * unit2(day, articleId)));

const splitShares = (articleId: number, day: number, views: number): SharesByNetwork => {
  const total = dailyShares(articleId, day, views);
  const out = { facebook: 0, x: 0, whatsapp: 0, telegram: 0, email: 0 };
  let given = 0;
  for (const n of networks) given += out[n] = Math.floor(total * shareWeights[n]);
  out.facebook += total - given;
  return out;
};

export const metricRowOnDay = (articleId: number, day: number, publishedDay: number): Metric => {
  const views = dailyViews(articleId, day, publishedDay);
  return { id: metricId(articleId, day), articleId, date: dayToIsoDate(day), views, shares: splitShares(articleId, day, views) };
};

/** The row of `article` on `date` (YYYY-MM-DD), or null when it has none that day. */
export const metricRow = (article: PublishedLike, date: string, now: number = nowMs()): Metric | null => {
  const days = articleDays(article, now);
  const day = Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
  if (!days || day < days.first || day > days.last) return null;
  return metricRowOnDay(article.id, day, dayNumber(Date.parse(article.publishedAt!)));
};

export const totalShares = (s: SharesByNetwork) => s.facebook + s.x + s.whatsapp + s.telegram + s.email;

const totalsCache = new Map<number, { day: number; publishedAt: string | null; views: number; shares: number }>();

/** Sum of an article's rows, cached per day (the set of rows only changes when the day does). */
export const articleTotals = (a: PublishedLike, now: number = nowMs()): { views: number; shares: number } => {
  const today = dayNumber(now);
  const hit = totalsCache.get(a.id);
  if (hit && hit.day === today && hit.publishedAt === a.publishedAt) return hit;
  let views = 0;
  let shares = 0;
  const days = articleDays(a, now);
  if (days) {
    const pub = dayNumber(Date.parse(a.publishedAt!));
    for (let d = days.first; d <= days.last; d++) {
      const v = dailyViews(a.id, d, pub);
      views += v;
      shares += dailyShares(a.id, d, v);
    }
  }
  const entry = { day: today, publishedAt: a.publishedAt, views, shares };
  totalsCache.set(a.id, entry);
  return entry;
};
export const clearTotalsCache = () => totalsCache.clear();
