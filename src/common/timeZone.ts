import {
  getNewsroomZone,
  subscribeNewsroomZone,
  useNewsroomZone,
} from '../schedule/timeZoneSetting';

export { getNewsroomZone, useNewsroomZone };

/**
 * The newsroom zone as it is now: the browser's setting (chosen on the Schedule page), else
 * VITE_NEWSROOM_TIME_ZONE, else Asia/Baghdad. A live binding, kept current when the setting
 * changes, for code outside components (filter parsers). Components should call
 * `useNewsroomZone()` instead, which also re-renders them on a change.
 */
export let newsroomZone: string = getNewsroomZone();
if (typeof window !== 'undefined') {
  subscribeNewsroomZone(() => {
    newsroomZone = getNewsroomZone();
  });
}

/** The Intl locale for dates: Arabic gets Iraqi month names and Arabic-Indic digits. */
export const dateLocale = (uiLocale: string) => (uiLocale === 'ar' ? 'ar-IQ' : 'en');
