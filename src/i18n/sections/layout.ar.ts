import type { DeepStrings } from '../types';
import type { layoutEn } from './layout.en';

export const layoutAr = {
  app_title: 'نيوزديسك',
  menu: {
    label: 'القائمة الرئيسية',
    dashboard: 'لوحة التحكم',
    needs_review: 'بحاجة إلى مراجعة',
    schedule: 'الجدولة',
  },
  language: 'اللغة',
  reset_demo: {
    menu: 'إعادة ضبط البيانات التجريبية',
    title: 'إعادة ضبط البيانات التجريبية؟',
    content:
      'ستُحذف كل التغييرات التي أُجريت في هذا المتصفح (المقالات والوسوم والمستخدمون…) وتُستعاد البيانات التجريبية. لا يمكن التراجع عن ذلك.',
    content_shared:
      'ستُحذف كل التغييرات التي أجراها أي شخص على هذا الخادم (المقالات والوسوم والمستخدمون…) وتُستعاد البيانات التجريبية للجميع، ويُسجَّل خروج الآخرين. لا يمكن التراجع عن ذلك.',
    confirm: 'إعادة الضبط',
    failed: 'تعذّرت إعادة ضبط البيانات التجريبية.',
  },
} satisfies DeepStrings<typeof layoutEn>;
