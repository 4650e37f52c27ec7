export const activityEn = { name: 'Activity |||| Activity', fields: {} };
