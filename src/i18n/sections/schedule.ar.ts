import type { DeepStrings } from '../types';
import type { scheduleEn } from './schedule.en';

export const scheduleAr = {
  title: 'الجدولة',
  empty: 'لا توجد مقالات مجدولة.',
  intro: 'المقالات المجدولة، الأقرب موعدًا أولًا.',
} satisfies DeepStrings<typeof scheduleEn>;
