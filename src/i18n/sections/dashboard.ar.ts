import type { DeepStrings } from '../types';
import type { dashboardEn } from './dashboard.en';

export const dashboardAr = {
  title: 'لوحة التحكم',
  welcome: 'مرحبًا، %{name}',
  articles_by_status: 'المقالات حسب الحالة',
  total: 'كل المقالات',
} satisfies DeepStrings<typeof dashboardEn>;
