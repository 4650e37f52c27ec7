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
    password: 'كلمة المرور',
    q: 'بحث',
  },
  roles: { admin: 'مدير', editor: 'محرر', moderator: 'مشرف' },
  never: 'لم يسجّل الدخول بعد',
  active_help: 'لا يستطيع الحساب غير المفعّل تسجيل الدخول، وتتوقف جلساته المفتوحة فورًا.',
  author_help: 'اختياري: الاسم الذي يوقّع به هذا المستخدم مقالاته',
  errors: {
    own_role: 'لا يمكنك تغيير دورك بنفسك؛ يستطيع ذلك مدير آخر',
    own_active: 'لا يمكنك إيقاف حسابك بنفسك',
    last_admin_role: 'هذا آخر مدير مفعّل: اجعل مستخدمًا آخر مديرًا أولًا',
    last_admin_active: 'هذا آخر مدير مفعّل: لا يمكن إيقاف حسابه',
  },
  password: {
    reset: 'إعادة تعيين كلمة المرور',
    reset_title: 'إعادة تعيين كلمة مرور %{name}؟',
    reset_content: 'تحل كلمة مرور مؤقتة جديدة محل الحالية، ويُسجَّل خروج هذا المستخدم من كل مكان.',
    title: 'كلمة مرور مؤقتة',
    intro: 'سلّم كلمة المرور هذه إلى %{email}:',
    once: 'لن تظهر إلا هذه المرة. على المستخدم تغييرها بعد تسجيل الدخول.',
    copy: 'نسخ',
    copied: 'نُسخت',
    done: 'تم',
  },
} satisfies DeepStrings<typeof usersEn>;
