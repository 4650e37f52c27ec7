import type { DeepStrings } from '../types';
import type { scheduleEn } from './schedule.en';

export const scheduleAr = {} satisfies DeepStrings<typeof scheduleEn>;
