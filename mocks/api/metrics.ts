import { http } from 'msw';
import type { Metric } from '../../src/schemas';
import { dayNumber, DAY_MS, dayToIsoDate } from '../clock';
import { getDb } from '../db';
import { articleDays, metricRow, metricRowOnDay, parseMetricId } from '../metrics';
import { contentRange, fail, listParams, ok } from './http';
import { authorize } from './session';
import { aggregateHandlers } from './aggregates';
import { spikeHandlers } from './aggregatesSpikes';

interface Span {
  id: number;
  pub: number;
  first: number;
  last: number;
}

const dayOf = (v: unknown) => {
  const t = Date.parse(String(v).slice(0, 10) + 'T00:00:00Z');
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
};

/** The articles (ascending id) and, per article, the days of its rows inside the date filter. */
const spans = (filter: Record<string, unknown>): Span[] => {
  const db = getDb();
  const wanted = filter.articleId;
  const ids =
    wanted === undefined
      ? db.articles.sortedIds('id')
      : [...new Set((Array.isArray(wanted) ? wanted : [wanted]).map(Number))].sort((a, b) => a - b);
  const gte = filter.date_gte === undefined ? null : dayOf(filter.date_gte);
  const lte = filter.date_lte === undefined ? null : dayOf(filter.date_lte);
  const out: Span[] = [];
  for (const id of ids) {
    const a = db.articles.get(id);
    const days = a && articleDays(a);
    if (!a || !days) continue;
    const first = Math.max(days.first, gte ?? -Infinity);
    const last = Math.min(days.last, lte ?? Infinity);
    if (first <= last) out.push({ id, pub: dayNumber(Date.parse(a.publishedAt!)), first, last });
  }
  return out;
};

/**
 * Rows are computed, never stored, so paging is arithmetic: walk the spans (article-major, or
 * day-major when sorted by date) counting rows, and compute only the page's rows.
 */
const page = (all: Span[], byDate: boolean, desc: boolean, start: number, end: number) => {
  const rows: Metric[] = [];
  let total = 0;
  const take = (s: Span, d: number) => {
    if (total >= start && total <= end) rows.push(metricRowOnDay(s.id, d, s.pub));
    total++;
  };
  const order = desc ? [...all].reverse() : all;
  if (!byDate) {
    for (const s of order) {
      const n = s.last - s.first + 1;
      if (total + n <= start || total > end) {
        total += n;
        continue;
      }
      for (let i = 0; i < n; i++) take(s, desc ? s.last - i : s.first + i);
    }
    return { rows, total };
  }
  const lo = Math.min(...all.map((s) => s.first));
  const hi = Math.max(...all.map((s) => s.last));
  for (let i = 0; i <= hi - lo; i++) {
    const d = desc ? hi - i : lo + i;
    for (const s of order) if (s.first <= d && d <= s.last) take(s, d);
  }
  return { rows, total };
};

/** Aggregations first: `/metrics/:id` would otherwise take `/metrics/summary`. */
export const metricsHandlers = [
  ...aggregateHandlers,
  ...spikeHandlers,
  http.get('*/api/metrics', ({ request }) => {
    const who = authorize(request, 'metrics', 'list');
    if (who instanceof Response) return who;
    const { sort, range, filter } = listParams(new URL(request.url), ['date', 'ASC']);
    const all = spans(filter);
    const [start, end] = range ?? [0, Number.MAX_SAFE_INTEGER];
    const { rows, total } = all.length ? page(all, sort[0] === 'date', sort[1] === 'DESC', start, end) : { rows: [], total: 0 };
    return ok(rows, 200, {
      'Content-Range': contentRange('metrics', start, rows.length, total),
      'Access-Control-Expose-Headers': 'Content-Range',
    });
  }),
  http.get('*/api/metrics/:id', ({ request, params }) => {
    const who = authorize(request, 'metrics', 'show');
    if (who instanceof Response) return who;
    const { articleId, day } = parseMetricId(Number(params.id));
    const article = getDb().articles.get(articleId);
    const row = article && metricRow(article, dayToIsoDate(day));
    return row ? ok(row) : fail(404, `No metrics record with id ${String(params.id)}`);
  }),
];
