import type { MetricRow, Metrics, Page } from '../../types';
import { articleDays, metricRowOnDay } from '../../../seed/traffic';
import { dayNumber } from '../../../rules/clock';
import type { Tables } from '../tables';

/** One derived row (the memory store computes, never stores, them). */
export const derivedRow = (articleId: number, day: number, publishedAt: string): MetricRow => {
  const m = metricRowOnDay(articleId, day, dayNumber(Date.parse(publishedAt)));
  return { articleId, day, views: m.views, shares: m.shares };
};

interface Span {
  id: number;
  publishedAt: string;
  first: number;
  last: number;
}

/** The articles (ascending id) and, per article, the days of its rows inside the bounds. */
const spans = (t: Tables, ids: number[] | undefined, from?: number, to?: number): Span[] => {
  const now = t.clock();
  const list = ids ? [...new Set(ids)].sort((a, b) => a - b) : t.articles.idsAscending();
  const out: Span[] = [];
  for (const id of list) {
    const a = t.articles.get(id);
    const days = a && articleDays(a, now);
    if (!a || !days) continue;
    const first = Math.max(days.first, from ?? -Infinity);
    const last = Math.min(days.last, to ?? Infinity);
    if (first <= last) out.push({ id, publishedAt: a.publishedAt!, first, last });
  }
  return out;
};

/**
 * Rows are computed, never stored, so paging is arithmetic: walk the spans (article-major, or
 * day-major when ordered by date) counting rows, and compute only the page's rows.
 */
export const pageRows = (t: Tables, q: Parameters<Metrics['rows']>[0]): Page<MetricRow> => {
  const all = spans(t, q.articleIds, q.from, q.to);
  const [start, end] = q.range ?? [0, Number.MAX_SAFE_INTEGER];
  const desc = q.order === 'DESC';
  const rows: MetricRow[] = [];
  let total = 0;
  const take = (s: Span, d: number) => {
    if (total >= start && total <= end) rows.push(derivedRow(s.id, d, s.publishedAt));
    total++;
  };
  if (!all.length) return { rows, total };
  const order = desc ? [...all].reverse() : all;
  if (!q.byDate) {
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
