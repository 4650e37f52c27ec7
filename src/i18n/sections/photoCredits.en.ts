export const photoCreditsEn = { name: 'Photo credit |||| Photo credits', fields: {} };
