import type { DeepStrings } from '../types';
import type { categoriesEn } from './categories.en';

export const categoriesAr = { name: 'قسم |||| الأقسام', fields: {} } satisfies DeepStrings<
  typeof categoriesEn
>;
