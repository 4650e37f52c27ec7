export const scheduleEn = {};
