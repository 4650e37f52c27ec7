import type { DeepStrings } from '../types';
import type { editorEn } from './editor.en';

/* Arabic plurals (polyglot): 0 |||| 1 |||| 2 |||| 3–10 |||| 11–99 |||| 100 and up.
   smart_count picks the form, count is the number as displayed. */
export const editorAr = {
  placeholder: 'اكتب الخبر…',
  loading: 'جارٍ تحميل المحرّر…',
  toolbar: {
    label: 'التنسيق',
    tooltip: '%{name} (%{shortcut})',
    heading2: 'عنوان',
    heading3: 'عنوان فرعي',
    bold: 'غامق',
    italic: 'مائل',
    underline: 'تسطير',
    strike: 'يتوسطه خط',
    link: 'رابط',
    bulletList: 'قائمة نقطية',
    orderedList: 'قائمة مرقّمة',
    blockquote: 'اقتباس',
    horizontalRule: 'خط فاصل',
    image: 'صورة',
    undo: 'تراجع',
    redo: 'إعادة',
    clear: 'مسح التنسيق',
  },
  link: {
    title: 'رابط',
    url: 'عنوان الرابط',
    helper: 'عنوان ويب (https://…) أو بريد إلكتروني (mailto:…)',
    apply: 'تطبيق',
    remove: 'إزالة الرابط',
    cancel: 'إلغاء',
    errors: {
      empty: 'أدخل عنوانًا.',
      protocol: 'لا يُسمح إلا بروابط الويب (http وhttps) والبريد الإلكتروني (mailto).',
      invalid: 'أدخل عنوانًا كاملًا، مثل https://example.com.',
    },
  },
  image: {
    title: 'صورة',
    url: 'رابط الصورة',
    alt: 'النص البديل',
    altHelper: 'صِف الصورة للقرّاء الذين لا يستطيعون رؤيتها.',
    caption: 'التعليق',
    credit: 'حقوق الصورة',
    noCredits: 'لا يوجد مصوّر مطابق',
    insert: 'إدراج',
    cancel: 'إلغاء',
    errors: {
      url: 'أدخل رابط صورة يبدأ بـ https://.',
      alt: 'النص البديل مطلوب.',
    },
  },
  count: {
    words:
      'لا كلمات |||| كلمة واحدة |||| كلمتان |||| %{count} كلمات |||| %{count} كلمة |||| %{count} كلمة',
    reading:
      'أقل من دقيقة قراءة |||| دقيقة قراءة واحدة |||| دقيقتا قراءة |||| %{count} دقائق قراءة |||| %{count} دقيقة قراءة |||| %{count} دقيقة قراءة',
    label: 'الطول',
  },
  contentError:
    'تعذّر تحميل جزء من نص المقال في المحرّر (%{element}). يبقى الأصل كما هو دون تغيير إلى أن تعدّل النص؛ وعند التعديل سيُحذف ذلك الجزء.',
} satisfies DeepStrings<typeof editorEn>;
