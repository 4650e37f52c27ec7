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
  paste_help: 'الصق سطر الحقوق كاملًا («تصوير الاسم / أ ف ب») لتُملأ الخانتان',
  pasted: 'قُرئ سطر الحقوق إلى خانتي المصوّر والوكالة',
  preview: 'سطر الحقوق كما يُطبع',
  preview_empty: 'يظهر بالعربية والإنجليزية حين يُكتب اسم المصوّر أو الوكالة',
  articles: 'المقالات التي تستخدم هذه الحقوق',
  delete_refused: {
    in_use:
      'لم يُحذف |||| لم يُحذف: يستخدمه مقال واحد |||| لم يُحذف: يستخدمه مقالان |||| لم يُحذف: تستخدمه %{smart_count} مقالات |||| لم يُحذف: يستخدمه %{smart_count} مقالًا |||| لم يُحذف: يستخدمه %{smart_count} مقال',
    has_children: 'لم يُحذف |||| لم يُحذف',
  },
} satisfies DeepStrings<typeof photoCreditsEn>;
