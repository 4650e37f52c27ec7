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
  filters: { from: 'From', to: 'To' },
  actions: { create: 'Created', update: 'Updated', delete: 'Deleted' },
  record_button: 'Activity',
  deleted: 'deleted',
  list_separator: ', ',
};
