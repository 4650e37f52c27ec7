import { networks, type SharesByNetwork } from '../../../../src/schemas';
import { SEG_WIDTH, type MetricIndex } from './index';
import type { Period } from '../../types';

export interface Totals {
  views: number;
  shares: number;
  byNetwork: SharesByNetwork;
}

const totalsOf = (acc: Float64Array | number[], at = 0): Totals => {
  const byNetwork = { facebook: 0, x: 0, whatsapp: 0, telegram: 0, email: 0 };
  networks.forEach((n, i) => (byNetwork[n] = acc[at + 2 + i]));
  return { views: acc[at], shares: acc[at + 1], byNetwork };
};

/** Sums the kept segments of day `d` into `acc` (SEG_WIDTH wide, at `at`). */
const addDay = (index: MetricIndex, d: number, mask: Uint8Array, acc: Float64Array, at = 0, keyOf?: (s: number) => number) => {
  const day = index.day(d);
  if (!day) return;
  const segs = day.segments;
  for (let s = 0; s < mask.length; s++) {
    if (!mask[s]) continue;
    const to = keyOf ? keyOf(s) * SEG_WIDTH : at;
    const from = s * SEG_WIDTH;
    for (let k = 0; k < SEG_WIDTH; k++) acc[to + k] += segs[from + k];
  }
};

export const totals = (index: MetricIndex, p: Period, mask: Uint8Array): Totals => {
  const acc = new Float64Array(SEG_WIDTH);
  for (let d = p.from; d <= p.to; d++) addDay(index, d, mask, acc);
  return totalsOf(acc);
};

export const series = (index: MetricIndex, p: Period, mask: Uint8Array) => {
  const out: ({ day: number } & Totals)[] = [];
  for (let d = p.from; d <= p.to; d++) {
    const acc = new Float64Array(SEG_WIDTH);
    addDay(index, d, mask, acc);
    out.push({ day: d, ...totalsOf(acc) });
  }
  return out;
};

/** Totals per group (`groupOf` maps a segment to a group key) with any views or shares, most views first. */
export const breakdown = <K>(index: MetricIndex, p: Period, mask: Uint8Array, groupOf: (s: number) => K) => {
  const keys: K[] = [];
  const slot = new Map<K, number>();
  const groupIndex = new Int32Array(index.segmentCount);
  for (let s = 0; s < groupIndex.length; s++) {
    const k = groupOf(s);
    if (!slot.has(k)) slot.set(k, keys.push(k) - 1);
    groupIndex[s] = slot.get(k)!;
  }
  const acc = new Float64Array(keys.length * SEG_WIDTH);
  for (let d = p.from; d <= p.to; d++) addDay(index, d, mask, acc, 0, (s) => groupIndex[s]);
  return keys
    .map((key, i) => ({ key, ...totalsOf(acc, i * SEG_WIDTH) }))
    .filter((g) => g.views > 0 || g.shares > 0)
    .sort((a, b) => b.views - a.views || b.shares - a.shares);
};

export interface TopEntry {
  articleId: number;
  views: number;
  shares: number;
  /** The ranking measure per day of the period. */
  trend: number[];
}

/** The `limit` kept articles with most views (or shares) in the period; ties by lower id. */
export const top = (index: MetricIndex, p: Period, mask: Uint8Array, by: 'views' | 'shares', limit: number): TopEntry[] => {
  const n = index.ids.length;
  const views = new Float64Array(n);
  const shares = new Float64Array(n);
  for (let d = p.from; d <= p.to; d++) {
    const day = index.day(d);
    if (!day) continue;
    for (let i = 0; i < day.views.length; i++) {
      views[i] += day.views[i];
      shares[i] += day.shares[i];
    }
  }
  const measure = by === 'views' ? views : shares;
  const before = (i: number, j: number) => measure[i] > measure[j] || (measure[i] === measure[j] && index.ids[i] < index.ids[j]);
  // Insertion into a short sorted list: limit is small, n is large.
  const best: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!mask[index.seg[i]] || measure[i] <= 0) continue;
    if (best.length === limit && !before(i, best[limit - 1])) continue;
    let at = best.length;
    while (at > 0 && before(i, best[at - 1])) at--;
    best.splice(at, 0, i);
    if (best.length > limit) best.pop();
  }
  return best.map((i) => ({
    articleId: index.ids[i],
    views: views[i],
    shares: shares[i],
    trend: daysOf(p).map((d) => {
      const day = index.day(d);
      return day && i < day.views.length ? (by === 'views' ? day.views[i] : day.shares[i]) : 0;
    }),
  }));
};

export const daysOf = (p: Period) => Array.from({ length: p.to - p.from + 1 }, (_, k) => p.from + k);
