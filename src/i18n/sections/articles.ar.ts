import type { DeepStrings } from '../types';
import type { articlesEn } from './articles.en';

export const articlesAr = { name: 'مقال |||| مقالات', fields: {} } satisfies DeepStrings<
  typeof articlesEn
>;
