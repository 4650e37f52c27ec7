import type { DeepStrings } from './types';
import type { Messages } from './en';
import { validationAr } from './sections/validation.ar';

/** The Arabic catalog: a key missing here is a compile error. Loaded only when chosen. */
export const ar = {
  ra: {} as DeepStrings<Messages['ra']>,
  nd: {
    validation: validationAr,
  },
  resources: {},
} satisfies DeepStrings<Messages>;
