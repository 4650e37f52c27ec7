export const activityEn = {
  name: 'Activity |||| Activity',
  fields: {
    at: 'When',
    userId: 'User',
    action: 'Action',
    resource: 'Resource',
    recordId: 'Record',
    label: 'Label',
    changedFields: 'Changed fields',
  },
  actions: { create: 'Created', update: 'Updated', delete: 'Deleted' },
};
