import { http } from 'msw';
import { dayNumber, dayToIsoDate, nowMs } from '../clock';
import { getDb } from '../db';
import { metricIndex } from '../aggregate/index';
import { parsePeriod, periodJson, previousOf, sectionsOf } from '../aggregate/params';
import { breakdown, series, top, totals } from '../aggregate/queries';
import { articleDays, metricRowOnDay } from '../metrics';
import { fail, ok } from './http';
import { aggregateContext, intParam } from './aggregatesContext';
import { authorize } from './session';

const groupings = ['section', 'category', 'language', 'author'] as const;

/** The aggregation endpoints (README, "Metrics aggregations"); all read-only, any metrics reader. */
export const aggregateHandlers = [
  http.get('*/api/metrics/summary', ({ request }) => {
    const c = aggregateContext(request);
    if (c instanceof Response) return c;
    const before = previousOf(c.period);
    return ok({
      period: periodJson(c.period),
      previousPeriod: periodJson(before),
      totals: totals(c.index, c.period, c.mask),
      previous: totals(c.index, before, c.mask),
    });
  }),

  http.get('*/api/metrics/series', ({ request }) => {
    const c = aggregateContext(request);
    if (c instanceof Response) return c;
    return ok({ period: periodJson(c.period), days: series(c.index, c.period, c.mask) });
  }),

  http.get('*/api/metrics/top', ({ request }) => {
    const c = aggregateContext(request);
    if (c instanceof Response) return c;
    const url = new URL(request.url);
    const by = url.searchParams.get('by') ?? 'views';
    const limit = intParam(url, 'limit', 10, 1, 100);
    if (by !== 'views' && by !== 'shares') return fail(400, 'by must be views or shares', { errors: { by: 'views | shares' } });
    if (limit === null) return fail(400, 'limit must be an integer from 1 to 100', { errors: { limit: '1-100' } });
    const section = sectionsOf(c.db);
    const sectionId = (cat: number | null) => (cat === null ? null : (section.get(cat) ?? cat));
    const items = top(c.index, c.period, c.mask, by, limit).map((t) => {
      const a = c.db.articles.get(t.articleId)!;
      return {
        ...t,
        title: a.title,
        lang: a.lang,
        categoryId: a.categoryId,
        sectionId: sectionId(a.categoryId),
        sectionName: c.db.categories.get(sectionId(a.categoryId) ?? 0)?.name ?? null,
        authorId: a.authorId,
        authorName: a.authorId === null ? null : (c.db.authors.get(a.authorId)?.name ?? null),
        publishedAt: a.publishedAt,
      };
    });
    return ok({ period: periodJson(c.period), by, items });
  }),

  http.get('*/api/metrics/breakdown', ({ request }) => {
    const c = aggregateContext(request);
    if (c instanceof Response) return c;
    const by = new URL(request.url).searchParams.get('by') ?? 'section';
    if (!groupings.includes(by as (typeof groupings)[number])) {
      return fail(400, `by must be one of ${groupings.join(', ')}`, { errors: { by: groupings.join(' | ') } });
    }
    const ix = c.index;
    const section = sectionsOf(c.db);
    const groupOf: Record<string, (s: number) => string | number> = {
      section: (s) => section.get(ix.segCategory[s]) ?? ix.segCategory[s],
      category: (s) => ix.segCategory[s],
      language: (s) => ix.segLang[s],
      author: (s) => ix.segAuthor[s],
    };
    const nameOf = (key: string | number) =>
      by === 'language' ? null : by === 'author' ? (c.db.authors.get(Number(key))?.name ?? null) : (c.db.categories.get(Number(key))?.name ?? null);
    const items = breakdown(ix, c.period, c.mask, groupOf[by]).map((g) => ({ ...g, name: nameOf(g.key) }));
    return ok({ period: periodJson(c.period), by, items });
  }),

  /** One article's daily rows in the period (default: since it was published), days without rows as zeros. */
  http.get('*/api/metrics/articles/:id/series', ({ request, params }) => {
    const who = authorize(request, 'metrics', 'show');
    if (who instanceof Response) return who;
    const a = getDb().articles.get(Number(params.id));
    if (!a) return fail(404, `No articles record with id ${String(params.id)}`);
    const window = metricIndex(getDb(), nowMs()).window;
    const url = new URL(request.url);
    const rows = articleDays(a);
    // Without a period: the article's own rows (from its publication), else the whole window.
    const own = !['period', 'from', 'to'].some((k) => url.searchParams.has(k)) && rows;
    const p = own ? { from: rows.first, to: rows.last } : parsePeriod(url, window.last, '90d');
    if ('field' in p) return fail(400, p.message, { errors: { [p.field]: p.message } });
    const pub = a.publishedAt ? dayNumber(Date.parse(a.publishedAt)) : 0;
    const days = [];
    for (let d = p.from; d <= p.to; d++) {
      const has = rows && d >= rows.first && d <= rows.last;
      const r = has ? metricRowOnDay(a.id, d, pub) : null;
      const shares = r ? Object.values(r.shares).reduce((x, y) => x + y, 0) : 0;
      days.push({
        date: dayToIsoDate(d),
        views: r?.views ?? 0,
        shares,
        byNetwork: r?.shares ?? { facebook: 0, x: 0, whatsapp: 0, telegram: 0, email: 0 },
      });
    }
    return ok({ articleId: a.id, period: periodJson(p), days });
  }),
];
