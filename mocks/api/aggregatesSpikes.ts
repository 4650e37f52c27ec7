import { http } from 'msw';
import { DAY_MS, nowIso } from '../clock';
import { periodJson } from '../aggregate/params';
import { DEFAULT_MULTIPLE, spikes } from '../aggregate/spikes';
import { reviewsByKey, saveReview, MAX_NOTE, type StoredReview } from '../reviews';
import type { Db } from '../db';
import { dayToIsoDate } from '../clock';
import { fail, ok, readBody } from './http';
import { aggregateContext, intParam } from './aggregatesContext';

/** `multiple` of the trailing median that makes a spike: a setting of the client, default 5. */
const multipleOf = (raw: unknown): number | null => {
  if (raw === undefined || raw === null || raw === '') return DEFAULT_MULTIPLE;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 1.5 && n <= 100 ? n : null;
};
const badMultiple = () => fail(400, 'multiple must be a number from 1.5 to 100', { errors: { multiple: '1.5-100' } });

const reviewJson = (db: Db, r: StoredReview) => ({ ...r, reviewerName: db.users.get(r.reviewedBy)?.name ?? null });

export const spikeHandlers = [
  /** Spikes in the period (default 30 days), newest first; `reviewed=true|false` narrows the list. */
  http.get('*/api/metrics/spikes', ({ request }) => {
    const c = aggregateContext(request, 'list', '30d');
    if (c instanceof Response) return c;
    const url = new URL(request.url);
    const multiple = multipleOf(url.searchParams.get('multiple'));
    if (multiple === null) return badMultiple();
    const limit = intParam(url, 'limit', 100, 1, 1000);
    if (limit === null) return fail(400, 'limit must be an integer from 1 to 1000', { errors: { limit: '1-1000' } });
    const wanted = url.searchParams.get('reviewed');
    const reviews = reviewsByKey(c.db);
    const all = spikes(c.index, c.period, multiple, c.mask).map((h) => {
      const date = dayToIsoDate(h.day);
      const review = reviews.get(`${h.articleId}|${date}`);
      return { h, date, review };
    });
    const unreviewed = all.filter((s) => !s.review).length;
    const kept = wanted === 'true' ? all.filter((s) => s.review) : wanted === 'false' ? all.filter((s) => !s.review) : all;
    const items = kept.slice(0, limit).map(({ h, date, review }) => {
      const a = c.db.articles.get(h.articleId)!;
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
        review: review ? reviewJson(c.db, review) : null,
      };
    });
    return ok({ period: periodJson(c.period), multiple, total: all.length, unreviewed, items });
  }),

  /** Marks one spike reviewed: who and when are the server's; `note` is optional. */
  http.post('*/api/metrics/spikes/:articleId/:date/review', async ({ request, params }) => {
    const c = aggregateContext(request, 'review');
    if (c instanceof Response) return c;
    const body = (await readBody(request)) ?? {};
    const note = body.note ?? '';
    if (typeof note !== 'string' || note.trim().length > MAX_NOTE) {
      return fail(400, 'Invalid note', { errors: { note: `at most ${MAX_NOTE} characters` } });
    }
    const multiple = multipleOf(body.multiple);
    if (multiple === null) return badMultiple();
    const articleId = Number(params.articleId);
    const date = String(params.date);
    const t = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
    if (!c.db.articles.get(articleId) || Number.isNaN(t)) return fail(404, 'No such spike');
    const day = t / DAY_MS;
    const all = new Uint8Array(c.index.segmentCount).fill(1);
    const flagged = spikes(c.index, { from: day, to: day }, multiple, all).some((h) => h.articleId === articleId);
    if (!flagged) return fail(404, `No spike for article ${articleId} on ${date} at ${multiple}×`);
    const existing = reviewsByKey(c.db).get(`${articleId}|${date}`);
    if (existing) return fail(409, 'This spike was already reviewed', { record: reviewJson(c.db, existing) });
    const row = saveReview(c.db, articleId, day, c.userId, note.trim(), nowIso());
    return ok(reviewJson(c.db, row), 201);
  }),
];
