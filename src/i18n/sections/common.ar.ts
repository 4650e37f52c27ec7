import type { DeepStrings } from '../types';
import type { commonEn } from './common.en';

export const commonAr = {
  not_found: 'لم يعد هذا السجل موجودًا',
  unreachable: 'تعذّر الوصول إلى الخادم. لم يضِع شيء: حاول مجددًا بعد قليل.',
  time_zone: 'الأوقات بتوقيت %{zone}',
  languages: { en: 'الإنجليزية', ar: 'العربية' },
} satisfies DeepStrings<typeof commonEn>;
