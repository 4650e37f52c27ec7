import { intlLocale } from '../lib/numbers';
import {
  getNewsroomZone,
  subscribeNewsroomZone,
  useNewsroomZone,
} from '../schedule/timeZoneSetting';

/**
 * The newsroom zone: the browser's setting (chosen on the Schedule page), else
 * VITE_NEWSROOM_TIME_ZONE, else Asia/Baghdad. Components read it with `useNewsroomZone()`,
 * which re-renders them when the setting changes; nothing keeps a copy read once.
 */
export { getNewsroomZone, useNewsroomZone };

// The zones this page has used, oldest first: a date filter picked under an earlier zone is
// moved to the same day in the current one, even when its list was closed during the change.
const used: string[] = [getNewsroomZone()];
if (typeof window !== 'undefined') {
  subscribeNewsroomZone(() => {
    const zone = getNewsroomZone();
    if (used[used.length - 1] !== zone) used.push(zone);
  });
}

/** The zones used before the current one, newest first. */
export const earlierZones = (): string[] => {
  const current = getNewsroomZone();
  return [...new Set(used.filter((zone) => zone !== current).reverse())];
};

/** The Intl locale for dates: Arabic gets Iraqi month names and Arabic-Indic digits. */
export const dateLocale = intlLocale;
