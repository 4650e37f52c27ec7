import type { DeepStrings } from '../types';
import type { activityEn } from './activity.en';

export const activityAr = {
  name: 'النشاط |||| النشاط',
  fields: {
    at: 'الوقت',
    userId: 'المستخدم',
    action: 'الإجراء',
    resource: 'المورد',
    recordId: 'السجل',
    label: 'الوصف',
    changedFields: 'الحقول المعدّلة',
  },
  filters: { from: 'من', to: 'إلى' },
  actions: { create: 'أُنشئ', update: 'عُدّل', delete: 'حُذف' },
  record_button: 'النشاط',
  deleted: 'محذوف',
  list_separator: '، ',
} satisfies DeepStrings<typeof activityEn>;
