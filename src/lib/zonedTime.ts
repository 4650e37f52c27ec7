import { tzOffset } from '@date-fns/tz';

/**
 * Conversions between UTC instants (how records store time) and the wall-clock time of the
 * newsroom's zone (how people read and type it, in a `datetime-local` input).
 *
 * Daylight-saving rules, deterministic and the same as Temporal's `disambiguation: 'compatible'`
 * (and RFC 5545):
 * - an ambiguous local time (clocks go back, so it happens twice) resolves to the EARLIER
 *   instant, the one still on summer time: 01:30 on London's October change is 00:30 UTC;
 * - a skipped local time (clocks go forward, so it never happens) moves FORWARD by the length of
 *   the gap: 01:30 on London's March change becomes 02:30 BST, 01:30 UTC.
 * `resolveLocal` reports which case applied, so a form can warn the editor.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Baghdad';

/** True for an IANA zone name the runtime's Intl knows (Node 20's Intl rejects '+03:00'). */
export const isValidTimeZone = (timeZone: string): boolean => {
  if (!timeZone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
};

/** The newsroom zone from a stored setting: the setting when valid, else `Asia/Baghdad`. */
export const newsroomTimeZone = (setting?: string | null): string =>
  setting && isValidTimeZone(setting) ? setting : DEFAULT_TIME_ZONE;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const MINUTE = 60_000;
const DAY = 86_400_000;

/** 'YYYY-MM-DDTHH:mm' of an instant in a zone; null for an unparseable input. */
export const utcToZonedLocal = (
  iso: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): string | null => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const shifted = new Date(ms + tzOffset(timeZone, new Date(ms)) * MINUTE);
  return (
    `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}`
  );
};

/** The calendar day ('YYYY-MM-DD') an instant falls on in a zone, for grouping by day. */
export const zonedDateKey = (iso: string, timeZone: string = DEFAULT_TIME_ZONE): string | null =>
  utcToZonedLocal(iso, timeZone)?.slice(0, 10) ?? null;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/** Wall-clock fields read as if they were UTC; null when not a real calendar time. */
const parseLocal = (local: string): number | null => {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0));
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  // Date.UTC rolls Feb 30 over to Mar 2; such input is a typo, not a time.
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    return null;
  }
  return ms;
};

export type LocalTimeKind = 'exact' | 'ambiguous' | 'skipped';

export interface ResolvedLocal {
  /** The chosen instant, as an ISO string in UTC ('…Z'). */
  utc: string;
  kind: LocalTimeKind;
  /** For 'ambiguous', both instants, earlier first; otherwise just the chosen one. */
  candidates: string[];
}

/** Resolves a wall-clock time in a zone to a UTC instant under the rules above. */
export const resolveLocal = (
  local: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): ResolvedLocal | null => {
  const wall = parseLocal(local);
  if (wall === null) return null;
  // Any offset valid for this wall time is in force within a day of it.
  const before = tzOffset(timeZone, new Date(wall - DAY));
  const after = tzOffset(timeZone, new Date(wall + DAY));
  const offsets = [...new Set([before, tzOffset(timeZone, new Date(wall)), after])];
  const valid = offsets
    .map((o) => wall - o * MINUTE)
    .filter((t) => tzOffset(timeZone, new Date(t)) * MINUTE === wall - t)
    .sort((a, b) => a - b);
  const uniq = [...new Set(valid)].map((t) => new Date(t).toISOString());
  if (uniq.length === 1) return { utc: uniq[0], kind: 'exact', candidates: uniq };
  if (uniq.length > 1) return { utc: uniq[0], kind: 'ambiguous', candidates: uniq };
  // In a gap: read the wall time with the offset in force before the jump, which lands
  // after it, pushed forward by the gap's length.
  const utc = new Date(wall - before * MINUTE).toISOString();
  return { utc, kind: 'skipped', candidates: [utc] };
};

/** 'YYYY-MM-DDTHH:mm' in a zone → UTC ISO string; null for invalid input. */
export const zonedLocalToUtc = (
  local: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): string | null => resolveLocal(local, timeZone)?.utc ?? null;
