import { DAY_MS, dayToIsoDate } from '../clock';
import type { Db } from '../db';
import type { MetricIndex } from './index';

/** Inclusive day numbers (days since 1970-01-01, UTC: the days metric rows are dated by). */
export interface Period {
  from: number;
  to: number;
}
export const presets = { today: 1, '7d': 7, '30d': 30, '90d': 90 } as const;
export type Preset = keyof typeof presets;
export const MAX_PERIOD_DAYS = 366;

const isoDay = (v: string | null) => {
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return null;
  const t = Date.parse(`${v}T00:00:00Z`);
  return Number.isNaN(t) ? null : t / DAY_MS;
};

/**
 * `period=today|7d|30d|90d` (ending on the last day with rows, "today"), or `from` and `to`
 * (YYYY-MM-DD, inclusive). Default: 7 days. `{field, message}` is the error to answer with 400.
 */
export const parsePeriod = (url: URL, last: number, fallback: Preset = '7d'): Period | { field: string; message: string } => {
  const q = url.searchParams;
  if (q.has('from') || q.has('to')) {
    const from = isoDay(q.get('from'));
    const to = isoDay(q.get('to'));
    if (from === null) return { field: 'from', message: 'from must be a date (YYYY-MM-DD)' };
    if (to === null) return { field: 'to', message: 'to must be a date (YYYY-MM-DD)' };
    if (from > to) return { field: 'to', message: 'to must not be before from' };
    if (to - from + 1 > MAX_PERIOD_DAYS) return { field: 'from', message: `a period spans at most ${MAX_PERIOD_DAYS} days` };
    return { from, to };
  }
  const name = q.get('period') ?? fallback;
  if (!(name in presets)) return { field: 'period', message: `period must be one of ${Object.keys(presets).join(', ')}` };
  return { from: last - presets[name as Preset] + 1, to: last };
};

/** The period of the same length just before `p`. */
export const previousOf = (p: Period): Period => ({ from: 2 * p.from - p.to - 1, to: p.from - 1 });

export const periodJson = (p: Period) => ({ from: dayToIsoDate(p.from), to: dayToIsoDate(p.to) });

export interface MetricFilter {
  section?: number[];
  categoryId?: number[];
  lang?: string[];
  authorId?: number[];
}

const list = <T>(v: unknown, as: (x: unknown) => T): T[] | undefined =>
  v === undefined || v === null || v === '' ? undefined : (Array.isArray(v) ? v : [v]).map(as);

/** `filter={"section":1,"lang":"ar","authorId":[3,4]}`, as the list endpoints take it. */
export const parseFilter = (url: URL): MetricFilter | { field: string; message: string } => {
  let raw: unknown = {};
  try {
    raw = JSON.parse(url.searchParams.get('filter') ?? '{}');
  } catch {
    return { field: 'filter', message: 'filter must be JSON' };
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { field: 'filter', message: 'filter must be an object' };
  const f = raw as Record<string, unknown>;
  const out: MetricFilter = {
    section: list(f.section, Number),
    categoryId: list(f.categoryId, Number),
    lang: list(f.lang, String),
    authorId: list(f.authorId, Number),
  };
  const bad = (['section', 'categoryId', 'authorId'] as const).find((k) => out[k]?.some((n) => !Number.isInteger(n)));
  return bad ? { field: bad, message: `${bad} must be an id or a list of ids` } : out;
};

/** Each category's top-level section (a section is its own). */
export const sectionsOf = (db: Db): Map<number, number> => {
  const parent = new Map<number, number | null>();
  for (const c of db.categories.rows.values()) parent.set(c.id, c.parentId);
  const out = new Map<number, number>();
  for (const id of parent.keys()) {
    let top = id;
    for (let hops = 0; parent.get(top) != null && hops < 20; hops++) top = parent.get(top)!;
    out.set(id, top);
  }
  return out;
};

/** Ids of a category and its ancestors: the sections a `section` filter may name to match it. */
const ancestry = (db: Db, id: number): number[] => {
  const out = [id];
  for (let c = db.categories.get(id); c?.parentId != null && out.length < 20; c = db.categories.get(c.parentId)) out.push(c.parentId);
  return out;
};

/** 1 for each segment the filter keeps. */
export const segmentMask = (db: Db, index: MetricIndex, f: MetricFilter): Uint8Array => {
  const mask = new Uint8Array(index.segmentCount);
  for (let s = 0; s < mask.length; s++) {
    const cat = index.segCategory[s];
    mask[s] = Number(
      (!f.categoryId || f.categoryId.includes(cat)) &&
        (!f.lang || f.lang.includes(index.segLang[s])) &&
        (!f.authorId || f.authorId.includes(index.segAuthor[s])) &&
        (!f.section || ancestry(db, cat).some((c) => f.section!.includes(c))),
    );
  }
  return mask;
};
