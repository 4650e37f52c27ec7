import { newsroomTimeZone } from '../lib/time';

/** The zone the newsroom works in (VITE_NEWSROOM_TIME_ZONE, default Asia/Baghdad). */
export const newsroomZone: string = newsroomTimeZone(import.meta.env.VITE_NEWSROOM_TIME_ZONE);

/** The Intl locale for dates: Arabic gets Iraqi month names and Arabic-Indic digits. */
export const dateLocale = (uiLocale: string) => (uiLocale === 'ar' ? 'ar-IQ' : 'en');
