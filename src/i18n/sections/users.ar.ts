import type { DeepStrings } from '../types';
import type { usersEn } from './users.en';

export const usersAr = {
  name: 'مستخدم |||| المستخدمون',
  fields: {
    name: 'الاسم',
    email: 'البريد الإلكتروني',
    role: 'الدور',
    active: 'مفعّل',
    authorId: 'ملف الكاتب',
    lastLoginAt: 'آخر تسجيل دخول',
    q: 'بحث',
  },
  roles: { admin: 'مدير', editor: 'محرر', moderator: 'مشرف' },
} satisfies DeepStrings<typeof usersEn>;
