export const commonEn = {};
