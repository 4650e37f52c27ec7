import type { DeepStrings } from '../types';
import type { workflowEn } from './workflow.en';

export const workflowAr = {} satisfies DeepStrings<typeof workflowEn>;
