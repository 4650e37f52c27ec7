export const articlesEn = { name: 'Article |||| Articles', fields: {} };
