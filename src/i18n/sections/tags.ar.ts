import type { DeepStrings } from '../types';
import type { tagsEn } from './tags.en';

export const tagsAr = { name: 'وسم |||| الوسوم', fields: {} } satisfies DeepStrings<typeof tagsEn>;
