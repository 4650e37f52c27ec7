export const categoriesEn = { name: 'Category |||| Categories', fields: {} };
