import { networks, type Metric, type SharesByNetwork } from '../../src/schemas';
import { dayNumber, dayToIsoDate, DAY_MS } from '../rules/clock';
import { hash2, unit2 } from './random';

/**
 * The demo newsroom's traffic: a daily row is a pure function of (article, day). The in-memory
 * store never stores them (50,000 articles × 90 days cost nothing until asked for); the SQL
 * store generates the same rows inside the database (server/store/sql/traffic.sql), with the
 * same arithmetic in the same order, so both stores show the same figures. Keep the two in step:
 * only integer operations, +, *, / and floor on doubles (IEEE 754 in both), no Math.pow.
 */
export const METRIC_DAYS = 90;
const ID_BASE = 100_000;

export interface PublishedLike {
  id: number;
  publishedAt: string | null;
}

/** The days (inclusive day numbers) of the window that ends today. */
export const metricWindow = (now: number) => {
  const last = dayNumber(now);
  return { first: last - METRIC_DAYS + 1, last };
};

/** The days an article has rows for: from its publication (or the window start) to today. */
export const articleDays = (a: PublishedLike, now: number): { first: number; last: number } | null => {
  if (!a.publishedAt) return null;
  const w = metricWindow(now);
  const first = Math.max(dayNumber(Date.parse(a.publishedAt)), w.first);
  return first > w.last ? null : { first, last: w.last };
};

export const metricId = (articleId: number, day: number) => articleId * ID_BASE + day;
export const parseMetricId = (id: number) => ({ articleId: Math.floor(id / ID_BASE), day: id % ID_BASE });

/** Network shares in the order of `networks` (facebook, x, whatsapp, telegram, email). */
const shareWeights = [0.4, 0.25, 0.2, 0.1, 0.05];

/**
 * A day with an unusual surge for one article (about one row in 1,500): a story going viral or
 * bot traffic. Twelve times the usual views clears the "Needs review" threshold (5× the trailing
 * median) on nearly every such day, so the seed always has spikes to review.
 */
export const isViralDay = (articleId: number, day: number) => hash2(articleId, day * 7 + 3) % 1500 === 0;

/** An article's usual first-day views: a few stories draw most readers. */
export const popularity = (articleId: number) => {
  const u = unit2(articleId, 0);
  const u2 = u * u;
  return 40 + 12_000 * (u2 * u2);
};

/**
 * Views of one article on one day: its popularity, decaying with age, with noise and rare surges.
 * `pop` is `popularity(articleId)`, passed in by callers that sum many days of one article.
 */
export const dailyViews = (articleId: number, day: number, publishedDay: number, pop = popularity(articleId)): number => {
  const age = Math.max(0, day - publishedDay);
  const surge = isViralDay(articleId, day) ? 12 : 1;
  return Math.floor((pop / (1 + age * 0.35)) * (0.6 + 0.8 * unit2(articleId, day)) * surge);
};

/** All shares of a day; the networks split it (remainder to Facebook), so sums stay exact. */
export const dailyShares = (articleId: number, day: number, views: number) =>
  Math.floor(views * (0.01 + 0.04 * unit2(day, articleId)));

/**
 * Adds a day's `total` shares, split by network, to out[at..at+4] (networks order). Written into
 * an array so the aggregation index can sum a million rows without a million objects.
 */
export const addSplit = (total: number, out: Float64Array | number[], at: number) => {
  let given = 0;
  for (let i = 1; i < 5; i++) {
    const part = Math.floor(total * shareWeights[i]);
    out[at + i] += part;
    given += part;
  }
  out[at] += total - given;
};

const splitShares = (articleId: number, day: number, views: number): SharesByNetwork => {
  const parts = [0, 0, 0, 0, 0];
  addSplit(dailyShares(articleId, day, views), parts, 0);
  const out = { facebook: 0, x: 0, whatsapp: 0, telegram: 0, email: 0 };
  networks.forEach((n, i) => (out[n] = parts[i]));
  return out;
};

export const metricRowOnDay = (articleId: number, day: number, publishedDay: number): Metric => {
  const views = dailyViews(articleId, day, publishedDay);
  return { id: metricId(articleId, day), articleId, date: dayToIsoDate(day), views, shares: splitShares(articleId, day, views) };
};

/** The row of `article` on `date` (YYYY-MM-DD), or null when it has none that day. */
export const metricRow = (article: PublishedLike, date: string, now: number): Metric | null => {
  const days = articleDays(article, now);
  const day = Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
  if (!days || day < days.first || day > days.last) return null;
  return metricRowOnDay(article.id, day, dayNumber(Date.parse(article.publishedAt!)));
};

export const totalShares = (s: SharesByNetwork) => s.facebook + s.x + s.whatsapp + s.telegram + s.email;

const totalsCache = new Map<number, { day: number; publishedAt: string | null; views: number; shares: number }>();

/** Sum of an article's rows, cached per day (the set of rows only changes when the day does). */
export const articleTotals = (a: PublishedLike, now: number): { views: number; shares: number } => {
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
