import type { DeepStrings } from '../types';
import type { categoriesEn } from './categories.en';

export const categoriesAr = {
  name: 'قسم |||| الأقسام',
  fields: {
    name: 'الاسم',
    'name.en': 'الاسم (بالإنجليزية)',
    'name.ar': 'الاسم (بالعربية)',
    slug: 'المعرّف في الرابط',
    parentId: 'القسم الأم',
    position: 'الترتيب',
    articleCount: 'المقالات',
    q: 'بحث',
  },
} satisfies DeepStrings<typeof categoriesEn>;
