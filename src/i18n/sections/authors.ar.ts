import type { DeepStrings } from '../types';
import type { authorsEn } from './authors.en';

export const authorsAr = { name: 'كاتب |||| الكتّاب', fields: {} } satisfies DeepStrings<
  typeof authorsEn
>;
