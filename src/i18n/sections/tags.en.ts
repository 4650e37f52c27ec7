export const tagsEn = { name: 'Tag |||| Tags', fields: {} };
