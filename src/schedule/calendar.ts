import type { Article } from '../schemas';
import { utcToZonedLocal, zonedDateKey, zonedLocalToUtc } from '../lib/time';

/**
 * The Schedule's calendar arithmetic, in the newsroom zone: days are the zone's days (a day
 * with a daylight-saving change is 23 or 25 hours long), weeks start on Monday.
 */
export type CalendarView = 'day' | 'week';

const DAY = 86_400_000;
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

/** 'YYYY-MM-DD' plus n calendar days. */
export const addDays = (date: string, n: number): string => {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d) + n * DAY).toISOString().slice(0, 10);
};

export const weekStart = (date: string): string => {
  const [y, m, d] = parts(date);
  const weekday = (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7; // Monday = 0
  return addDays(date, -weekday);
};

export const todayIn = (zone: string, now = new Date()): string => zonedDateKey(now.toISOString(), zone) ?? '';

/** The days shown and the UTC instants bounding them (for publishAt_gte / _lte). */
export const visibleRange = (view: CalendarView, anchor: string, zone: string) => {
  const first = view === 'day' ? anchor : weekStart(anchor);
  const days = Array.from({ length: view === 'day' ? 1 : 7 }, (_, i) => addDays(first, i));
  const start = zonedLocalToUtc(`${first}T00:00`, zone) ?? '';
  const next = zonedLocalToUtc(`${addDays(first, days.length)}T00:00`, zone) ?? '';
  // _lte is inclusive: stop one millisecond before the next day starts.
  const end = new Date(Date.parse(next) - 1).toISOString();
  return { days, start, end };
};

/** When an article is on the calendar: its Publish at if scheduled, else when it went live. */
export const calendarTime = (a: Article): string | null => (a.status === 'scheduled' ? a.publishAt : a.publishedAt);

export interface CalendarEntry {
  article: Article;
  at: string;
  day: string;
  /** 'HH:00' in the zone. */
  slot: string;
  /** Another article of the same section within 15 minutes. */
  clash: boolean;
}

export const CLASH_MS = 15 * 60_000;

/**
 * Entries by day and hour slot, Breaking first within a slot, then by time. Two articles of the
 * same section 15 minutes apart or less are both flagged.
 */
export const calendarEntries = (articles: Article[], zone: string): CalendarEntry[] => {
  const entries: CalendarEntry[] = [];
  for (const article of articles) {
    const at = calendarTime(article);
    const local = at ? utcToZonedLocal(at, zone) : null;
    if (!at || !local) continue;
    entries.push({ article, at, day: local.slice(0, 10), slot: `${local.slice(11, 13)}:00`, clash: false });
  }
  const byTime = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (let i = 0; i < byTime.length; i++) {
    for (let j = i + 1; j < byTime.length && Date.parse(byTime[j].at) - Date.parse(byTime[i].at) <= CLASH_MS; j++) {
      if (byTime[i].article.categoryId !== null && byTime[i].article.categoryId === byTime[j].article.categoryId) {
        byTime[i].clash = byTime[j].clash = true;
      }
    }
  }
  return entries.sort(
    (a, b) =>
      a.day.localeCompare(b.day) ||
      a.slot.localeCompare(b.slot) ||
      Number(b.article.isBreaking) - Number(a.article.isBreaking) ||
      Date.parse(a.at) - Date.parse(b.at),
  );
};
