import type { DeepStrings } from '../types';
import type { usersEn } from './users.en';

export const usersAr = { name: 'مستخدم |||| المستخدمون', fields: {} } satisfies DeepStrings<
  typeof usersEn
>;
