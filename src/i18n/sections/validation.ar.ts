import type { DeepStrings } from '../types';
import type { validationEn } from './validation.en';

export const validationAr = {
  required: 'مطلوب',
  too_long: 'النص أطول من المسموح',
  slug: 'استخدم أحرفًا لاتينية صغيرة وأرقامًا وشرطات مفردة',
  email: 'أدخل عنوان بريد إلكتروني صالحًا',
  url: 'أدخل عنوانًا كاملًا يبدأ بـ http:// أو https://',
  date: 'أدخل تاريخًا ووقتًا صالحين',
  integer: 'أدخل عددًا صحيحًا',
  invalid: 'قيمة غير صالحة',
  alt_required: 'النص البديل مطلوب عند وجود صورة',
  publish_at_required: 'المقال المجدول يحتاج إلى وقت نشر',
  publish_at_future: 'يجب أن يكون وقت النشر في المستقبل',
  duplicate_slug: 'هذا المعرّف مستخدم بالفعل في هذه اللغة',
  slug_taken: 'هذا المعرّف مستخدم بالفعل',
  duplicate_email: 'هذا البريد الإلكتروني مستخدم لدى مستخدم آخر',
  stale: 'حفظ شخص آخر هذا السجل منذ أن فتحته',
} satisfies DeepStrings<typeof validationEn>;
