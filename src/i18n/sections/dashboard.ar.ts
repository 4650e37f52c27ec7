import type { DeepStrings } from '../types';
import type { dashboardEn } from './dashboard.en';

export const dashboardAr = {} satisfies DeepStrings<typeof dashboardEn>;
