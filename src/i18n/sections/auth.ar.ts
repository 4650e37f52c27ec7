import type { DeepStrings } from '../types';
import type { authEn } from './auth.en';

export const authAr = {
  title: 'تسجيل الدخول إلى نيوزديسك',
  email: 'البريد الإلكتروني',
  password: 'كلمة المرور',
  sign_in: 'تسجيل الدخول',
  signing_in: 'جارٍ تسجيل الدخول…',
  invalid_credentials: 'البريد الإلكتروني أو كلمة المرور غير صحيحة.',
  account_inactive: 'هذا الحساب معطَّل. تواصل مع أحد المشرفين.',
  login_failed: 'تعذّر تسجيل الدخول: لا يمكن الوصول إلى الخادم.',
  throttled: 'محاولات دخول فاشلة كثيرة لهذا البريد. حاول مجددًا عند الساعة %{time}.',
  session_expired: 'انتهت جلستك. يرجى تسجيل الدخول مجددًا.',
  forbidden: 'ليست لديك صلاحية القيام بهذا.',
  demo_accounts: 'حسابات تجريبية',
  demo_hint: 'اختر حسابًا لملء النموذج (كلمة المرور: newsdesk).',
  use_account: 'استخدام حساب %{role}',
} satisfies DeepStrings<typeof authEn>;
