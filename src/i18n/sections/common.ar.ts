import type { DeepStrings } from '../types';
import type { commonEn } from './common.en';

export const commonAr = {
  not_found: 'لم يعد هذا السجل موجودًا',
  time_zone: 'الأوقات بتوقيت %{zone}',
  bilingual_fallback: '(لا يوجد اسم بـ%{lang})',
  languages: { en: 'الإنجليزية', ar: 'العربية' },
  yes: 'نعم',
  no: 'لا',
} satisfies DeepStrings<typeof commonEn>;
