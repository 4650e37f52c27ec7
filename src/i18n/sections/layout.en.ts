export const layoutEn = {};
