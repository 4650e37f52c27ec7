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
  avatar_alt: 'الصورة الشخصية لـ%{name}',
  avatar_preview: 'معاينة الصورة الشخصية',
  avatar_none: 'لا صورة شخصية: يظهر الحرف الأول',
  avatar_broken: 'لا توجد صورة على هذا الرابط',
  articles: 'مقالات هذا الكاتب',
  no_articles: 'لا مقالات بعد',
  updated: 'آخر تعديل',
  delete_refused: {
    in_use:
      'لم يُحذف |||| لم يُحذف: يحمل توقيعه مقال واحد |||| لم يُحذف: يحمل توقيعه مقالان |||| لم يُحذف: تحمل توقيعه %{smart_count} مقالات |||| لم يُحذف: يحمل توقيعه %{smart_count} مقالًا |||| لم يُحذف: يحمل توقيعه %{smart_count} مقال',
    has_children: 'لم يُحذف |||| لم يُحذف',
  },
} satisfies DeepStrings<typeof authorsEn>;
