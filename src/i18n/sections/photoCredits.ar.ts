import type { DeepStrings } from '../types';
import type { photoCreditsEn } from './photoCredits.en';

export const photoCreditsAr = {
  name: 'حقوق صورة |||| حقوق الصور',
  fields: {
    photographer: 'المصوّر',
    agency: 'الوكالة',
    license: 'الترخيص',
    notes: 'ملاحظات',
    usageCount: 'مستخدمة في',
    credit: 'سطر الحقوق',
    q: 'بحث',
  },
  licenses: {
    agency: 'وكالة',
    staff: 'فريق التحرير',
    handout: 'صورة موزّعة',
    'creative-commons': 'المشاع الإبداعي',
    other: 'أخرى',
  },
  credit_line: 'تصوير %{credit}',
} satisfies DeepStrings<typeof photoCreditsEn>;
