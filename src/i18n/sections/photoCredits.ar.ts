import type { DeepStrings } from '../types';
import type { photoCreditsEn } from './photoCredits.en';

export const photoCreditsAr = {
  name: 'حقوق صورة |||| حقوق الصور',
  fields: {},
} satisfies DeepStrings<typeof photoCreditsEn>;
