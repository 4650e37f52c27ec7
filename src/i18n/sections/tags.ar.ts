import type { DeepStrings } from '../types';
import type { tagsEn } from './tags.en';

export const tagsAr = {
  name: 'وسم |||| الوسوم',
  fields: { name: 'الاسم', slug: 'المعرّف في الرابط', articleCount: 'المقالات', q: 'بحث' },
} satisfies DeepStrings<typeof tagsEn>;
