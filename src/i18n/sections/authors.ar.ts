import type { DeepStrings } from '../types';
import type { authorsEn } from './authors.en';

export const authorsAr = {
  name: 'كاتب |||| الكتّاب',
  fields: {
    name: 'الاسم',
    kind: 'النوع',
    bio: 'نبذة',
    'bio.en': 'نبذة (بالإنجليزية)',
    'bio.ar': 'نبذة (بالعربية)',
    email: 'البريد الإلكتروني',
    avatarUrl: 'رابط الصورة الشخصية',
    website: 'الموقع الإلكتروني',
    articleCount: 'المقالات',
    q: 'بحث',
  },
  kinds: { staff: 'محرر في الفريق', agency: 'وكالة أنباء', contributor: 'كاتب متعاون' },
} satisfies DeepStrings<typeof authorsEn>;
