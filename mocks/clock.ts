/**
 * The embedded backend's clock. Everything time-related (publishedAt, session expiry, the
 * future of scheduled articles, the metrics window) reads it, so tests can freeze or move time.
 */
type ClockFn = () => number | Date;

let clockFn: ClockFn = () => Date.now();

export const setClock = (fn: ClockFn): void => {
  clockFn = fn;
};
export const resetClock = (): void => {
  clockFn = () => Date.now();
};

export const nowMs = (): number => {
  const t = clockFn();
  return typeof t === 'number' ? t : t.getTime();
};
export const nowIso = (): string => new Date(nowMs()).toISOString();
/** The zod schemas' Clock. */
export const nowDate = (): Date => new Date(nowMs());

export const DAY_MS = 86_400_000;
/** Days since 1970-01-01 (UTC) of an instant. */
export const dayNumber = (ms: number): number => Math.floor(ms / DAY_MS);
export const dayToIsoDate = (day: number): string =>
  new Date(day * DAY_MS).toISOString().slice(0, 10);
