import { zonedDateKey, zonedLocalToUtc } from './zonedTime';

/**
 * Date filters pick days of the newsroom calendar but send UTC instants: a range "from" is
 * the day's first instant in the zone, a range "to" the next day's first instant minus a
 * millisecond (so a 23- or 25-hour day is covered whole).
 */
export type DayBound = 'start' | 'end';

const DAY_MS = 86_400_000;

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/** The UTC instant bounding `day` ('YYYY-MM-DD') in `zone`; null for a malformed day. */
export const dayBoundUtc = (day: string, zone: string, bound: DayBound): string | null => {
  if (bound === 'start') return zonedLocalToUtc(`${day}T00:00`, zone);
  if (Number.isNaN(Date.parse(`${day}T00:00:00Z`))) return null;
  const next = zonedLocalToUtc(`${nextDay(day)}T00:00`, zone);
  return next ? new Date(Date.parse(next) - 1).toISOString() : null;
};

/** The day a bound stands for in `zone`, or null when it is not exactly a day's bound there. */
export const dayOfBound = (iso: string, zone: string, bound: DayBound): string | null => {
  const day = zonedDateKey(iso, zone);
  const exact = day && dayBoundUtc(day, zone, bound);
  return exact && Date.parse(exact) === Date.parse(iso) ? day : null;
};

/**
 * After the zone changed from one of `earlier` (newest first) to `zone`: the same day's bound
 * in `zone`, so "from 1 May" stays 1 May. Null when nothing is to move: the value is already a
 * bound in `zone`, or no earlier zone explains it (a hand-made instant is left alone).
 */
export const reanchorBound = (
  iso: string,
  zone: string,
  earlier: readonly string[],
  bound: DayBound,
): string | null => {
  if (Number.isNaN(Date.parse(iso)) || dayOfBound(iso, zone, bound)) return null;
  for (const previous of earlier) {
    const day = dayOfBound(iso, previous, bound);
    if (day) return dayBoundUtc(day, zone, bound);
  }
  return null;
};
