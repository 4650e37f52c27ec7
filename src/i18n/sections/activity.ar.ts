import type { DeepStrings } from '../types';
import type { activityEn } from './activity.en';

export const activityAr = { name: 'نشاط |||| النشاط', fields: {} } satisfies DeepStrings<
  typeof activityEn
>;
