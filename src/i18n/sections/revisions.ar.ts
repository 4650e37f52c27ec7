import type { DeepStrings } from '../types';
import type { revisionsEn } from './revisions.en';

export const revisionsAr = { name: 'نسخة |||| النسخ', fields: {} } satisfies DeepStrings<
  typeof revisionsEn
>;
