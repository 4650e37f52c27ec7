export const authEn = {};
