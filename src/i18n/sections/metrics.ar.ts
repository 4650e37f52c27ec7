import type { DeepStrings } from '../types';
import type { metricsEn } from './metrics.en';

export const metricsAr = { name: 'مقياس |||| المقاييس', fields: {} } satisfies DeepStrings<
  typeof metricsEn
>;
