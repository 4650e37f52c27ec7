import type englishMessages from 'ra-language-english';
import type { DeepStrings } from '../types';

/** react-admin's own messages in Arabic: no maintained package provides them. */
export const raArabic = {} as DeepStrings<(typeof englishMessages)['ra']>;
