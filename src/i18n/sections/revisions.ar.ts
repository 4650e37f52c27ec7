import type { DeepStrings } from '../types';
import type { revisionsEn } from './revisions.en';

export const revisionsAr = {
  name: 'نسخة |||| النسخ',
  fields: {
    version: 'النسخة',
    createdAt: 'وقت الحفظ',
    createdBy: 'حفظها',
  },
  history: 'السجل',
  title: 'سجل «%{title}»',
  current: 'النسخة الحالية',
  version: 'النسخة %{version}',
  by_scheduler: 'المجدول الآلي',
  same: 'مطابقة للنسخة الحالية',
  changed: 'ما تغيّر مقارنة بالنسخة الحالية',
  body_changes: 'النص: الكلمات المحذوفة والمضافة',
  removed: 'محذوف',
  added: 'مضاف',
  restore: 'استرجع',
  restore_confirm: 'استرجاع النسخة %{version}؟ ستُحفظ نسخةً جديدة وتبقى الحالة كما هي.',
  restored: 'استُرجعت النسخة %{version} فصارت النسخة %{new}',
  stale: 'تغيّر المقال منذ فتحته: أعد تحميله قبل الاسترجاع',
  close: 'إغلاق',
  empty: 'لا توجد نسخ بعد',
  select: 'اختر نسخة لمقارنتها بالنسخة الحالية.',
} satisfies DeepStrings<typeof revisionsEn>;
