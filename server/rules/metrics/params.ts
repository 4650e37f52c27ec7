import type { MetricFilter, Period } from '../../store/types';
import { dayToIsoDate, isoDateToDay } from '../clock';
import type { Ctx } from '../context';
import { fail } from '../errors';
import { sectionIds } from '../resources/articles';

export const presets = { today: 1, '7d': 7, '30d': 30, '90d': 90 } as const;
export type Preset = keyof typeof presets;
export const MAX_PERIOD_DAYS = 366;

const bad = (field: string, message: string): never => fail(400, message, { errors: { [field]: message } });

/**
 * `period=today|7d|30d|90d` (ending on `last`, the last day with rows: today), or `from` and
 * `to` (YYYY-MM-DD, inclusive, at most 366 days).
 */
export const parsePeriod = (url: URL, last: number, fallback: Preset = '7d'): Period => {
  const q = url.searchParams;
  if (q.has('from') || q.has('to')) {
    const from = isoDateToDay(q.get('from') ?? '');
    const to = isoDateToDay(q.get('to') ?? '');
    if (from === null) return bad('from', 'from must be a date (YYYY-MM-DD)');
    if (to === null) return bad('to', 'to must be a date (YYYY-MM-DD)');
    if (from > to) bad('to', 'to must not be before from');
    if (to - from + 1 > MAX_PERIOD_DAYS) bad('from', `a period spans at most ${MAX_PERIOD_DAYS} days`);
    return { from, to };
  }
  const name = q.get('period') ?? fallback;
  if (!(name in presets)) bad('period', `period must be one of ${Object.keys(presets).join(', ')}`);
  return { from: last - presets[name as Preset] + 1, to: last };
};

/** The period of the same length just before `p`. */
export const previousOf = (p: Period): Period => ({ from: 2 * p.from - p.to - 1, to: p.from - 1 });

export const periodJson = (p: Period) => ({ from: dayToIsoDate(p.from), to: dayToIsoDate(p.to) });

const list = <T>(v: unknown, as: (x: unknown) => T): T[] | undefined =>
  v === undefined || v === null || v === '' ? undefined : (Array.isArray(v) ? v : [v]).map(as);

/**
 * `filter={"section":1,"categoryId":[3,4],"lang":"ar","authorId":1}`, as the list endpoints
 * take it; a section counts with its subsections, and both `section` and `categoryId` must hold.
 */
export const parseFilter = async (ctx: Ctx, url: URL): Promise<MetricFilter> => {
  let raw: unknown = {};
  try {
    raw = JSON.parse(url.searchParams.get('filter') ?? '{}');
  } catch {
    bad('filter', 'filter must be JSON');
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) bad('filter', 'filter must be an object');
  const f = raw as Record<string, unknown>;
  const section = list(f.section, Number);
  const categoryId = list(f.categoryId, Number);
  const authorId = list(f.authorId, Number);
  for (const [key, ids] of Object.entries({ section, categoryId, authorId })) {
    if (ids?.some((n) => !Number.isInteger(n))) bad(key, `${key} must be an id or a list of ids`);
  }
  let categoryIds = categoryId;
  if (section) {
    const inSections = new Set((await Promise.all(section.map((id) => sectionIds(ctx.db, id)))).flat());
    categoryIds = (categoryIds ?? [...inSections]).filter((id) => inSections.has(id));
  }
  return { categoryIds, langs: list(f.lang, String), authorIds: authorId };
};
