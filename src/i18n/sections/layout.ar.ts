import type { DeepStrings } from '../types';
import type { layoutEn } from './layout.en';

export const layoutAr = {} satisfies DeepStrings<typeof layoutEn>;
