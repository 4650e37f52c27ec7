import type { DeepStrings } from '../types';
import type { authEn } from './auth.en';

export const authAr = {} satisfies DeepStrings<typeof authEn>;
