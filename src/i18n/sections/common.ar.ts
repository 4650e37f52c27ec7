import type { DeepStrings } from '../types';
import type { commonEn } from './common.en';

export const commonAr = {} satisfies DeepStrings<typeof commonEn>;
