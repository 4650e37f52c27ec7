/**
 * Time as the rules see it. Every rule that reads the time (publishedAt, session expiry, the
 * future of a scheduled article, the metrics window) reads the app's injected clock, so tests
 * can freeze or move it and the browser demo follows Playwright's `page.clock`.
 */
export type Clock = () => number;
export const systemClock: Clock = () => Date.now();

export const DAY_MS = 86_400_000;
/** Days since 1970-01-01 (UTC) of an instant: the days metric rows are dated by. */
export const dayNumber = (ms: number): number => Math.floor(ms / DAY_MS);
export const dayToIsoDate = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** The day number of a `YYYY-MM-DD` date, or null. */
export const isoDateToDay = (date: string): number | null => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const t = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(t) ? null : t / DAY_MS;
};
