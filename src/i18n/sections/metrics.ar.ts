import type { DeepStrings } from '../types';
import type { metricsEn } from './metrics.en';

export const metricsAr = {
  name: 'مقياس |||| المقاييس',
  fields: {},
  chart: {
    title: 'المشاهدات والمشاركات',
    totals: '%{views} مشاهدة و%{shares} مشاركة من %{from} إلى %{to}',
    summary: 'رسم بياني خطي لمشاهدات هذا المقال ومشاركاته يوميًا من %{from} إلى %{to}. يسرد الجدول أدناه كل يوم.',
    empty: 'لا مشاهدات بعد: لم يُنشر المقال خلال آخر ٩٠ يومًا.',
    error: 'تعذّر تحميل مقاييس المقال.',
  },
} satisfies DeepStrings<typeof metricsEn>;
