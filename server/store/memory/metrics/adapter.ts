import type { Grouping, MetricFilter, Metrics } from '../../types';
import { articleDays } from '../../../seed/traffic';
import type { Tables } from '../tables';
import { metricIndex, NONE, type MetricIndex } from './index';
import { breakdown, series, top, totals } from './queries';
import { spikes } from './spikes';
import { pageRows } from './rows';

/** 1 for each segment (category, language, author) the filter keeps; an empty list keeps none. */
const segmentMask = (index: MetricIndex, f: MetricFilter): Uint8Array => {
  const mask = new Uint8Array(index.segmentCount);
  for (let s = 0; s < mask.length; s++) {
    mask[s] = Number(
      (!f.categoryIds || f.categoryIds.includes(index.segCategory[s])) &&
        (!f.langs || f.langs.includes(index.segLang[s])) &&
        (!f.authorIds || f.authorIds.includes(index.segAuthor[s])),
    );
  }
  return mask;
};

/** Each category's top-level section (a section is its own). */
const sectionsOf = (t: Tables): Map<number, number> => {
  const out = new Map<number, number>();
  for (const c of t.categories.rows.values()) {
    let top = c;
    for (let hops = 0; top.parentId !== null && hops < 20; hops++) top = t.categories.get(top.parentId) ?? top;
    out.set(c.id, top.id);
  }
  return out;
};

/**
 * Metrics of the in-memory store: rows derived from (article, day) by the demo traffic model,
 * summed through the per-day index (index.ts) rather than stored.
 */
export const memoryMetrics = (current: () => Tables): Metrics => {
  const ctx = () => {
    const t = current();
    return { t, index: metricIndex(t, t.clock()) };
  };
  return {
    async lastDay(today) {
      const { index } = ctx();
      return index.ids.length ? Math.min(today, index.window.last) : null;
    },
    async totals(period, filter) {
      const { index } = ctx();
      return totals(index, period, segmentMask(index, filter));
    },
    async series(period, filter) {
      const { index } = ctx();
      return series(index, period, segmentMask(index, filter));
    },
    async top(period, filter, by, limit) {
      const { index } = ctx();
      return top(index, period, segmentMask(index, filter), by, limit);
    },
    async breakdown(period, filter, by: Grouping) {
      const { t, index } = ctx();
      const section = sectionsOf(t);
      const groupOf: Record<Grouping, (s: number) => string | number> = {
        section: (s) => section.get(index.segCategory[s]) ?? index.segCategory[s],
        category: (s) => index.segCategory[s],
        language: (s) => index.segLang[s],
        author: (s) => index.segAuthor[s],
      };
      return breakdown(index, period, segmentMask(index, filter), groupOf[by]);
    },
    async spikes(period, filter, multiple) {
      const { index } = ctx();
      return spikes(index, period, multiple, segmentMask(index, filter));
    },
    async span(articleId) {
      const t = current();
      const a = t.articles.get(articleId);
      return a ? articleDays(a, t.clock()) : null;
    },
    async rows(query) {
      const t = current();
      return pageRows(t, query);
    },
  };
};

export { NONE };
