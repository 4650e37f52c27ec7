import type { MetricIndex } from './index';
import type { Period } from '../../types';

export const DEFAULT_MULTIPLE = 5;
/** The median is taken over this many days before the day, all of which must have rows. */
export const TRAILING_DAYS = 7;
/** Fewer views than this is no spike, whatever the ratio: a dead story's 3 → 19 needs no review. */
export const MIN_SPIKE_VIEWS = 50;

export interface SpikeHit {
  articleId: number;
  day: number;
  views: number;
  /** Median of the trailing days' views. */
  median: number;
}

/**
 * Slots whose views on day `d` exceed `multiple` × the median of their previous 7 days (a median
 * of 0 counts as 1, so a handful of views on a dead story is no spike). Counting instead of
 * sorting: the median (4th of 7) is below v/multiple exactly when 4 of the 7 values are.
 * Also needs MIN_SPIKE_VIEWS views.
 */
const spikeSlotsOn = (index: MetricIndex, d: number, multiple: number): number[] => {
  const key = `spikes|${d}|${multiple}`;
  const hit = index.memo.get(key) as number[] | undefined;
  if (hit) return hit;
  const out: number[] = [];
  const today = index.day(d);
  if (today && d - TRAILING_DAYS >= index.window.first) {
    const before = Array.from({ length: TRAILING_DAYS }, (_, k) => index.day(d - TRAILING_DAYS + k)!.views);
    const need = Math.ceil(TRAILING_DAYS / 2);
    const len = index.rowsOn(d - TRAILING_DAYS);
    for (let i = 0; i < len; i++) {
      const v = today.views[i];
      if (v <= multiple || v < MIN_SPIKE_VIEWS) continue;
      let below = 0;
      for (const views of before) if (views[i] * multiple < v) below++;
      if (below >= need) out.push(i);
    }
  }
  index.memo.set(key, out);
  return out;
};

export const trailingMedian = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Spikes of kept articles in the period: latest day first, then the largest surge. */
export const spikes = (index: MetricIndex, p: Period, multiple: number, mask: Uint8Array): SpikeHit[] => {
  const out: SpikeHit[] = [];
  for (let d = Math.max(p.from, index.window.first); d <= Math.min(p.to, index.window.last); d++) {
    for (const i of spikeSlotsOn(index, d, multiple)) {
      if (!mask[index.seg[i]]) continue;
      const trailing = Array.from({ length: TRAILING_DAYS }, (_, k) => index.day(d - TRAILING_DAYS + k)!.views[i]);
      out.push({ articleId: index.ids[i], day: d, views: index.day(d)!.views[i], median: trailingMedian(trailing) });
    }
  }
  const ratio = (h: SpikeHit) => h.views / Math.max(h.median, 1);
  return out.sort((a, b) => b.day - a.day || ratio(b) - ratio(a) || a.articleId - b.articleId);
};
