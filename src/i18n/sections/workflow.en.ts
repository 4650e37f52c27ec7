export const workflowEn = {};
