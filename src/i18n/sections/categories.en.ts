export const categoriesEn = {
  name: 'Category |||| Categories',
  fields: {
    name: 'Name',
    'name.en': 'Name (English)',
    'name.ar': 'Name (Arabic)',
    slug: 'Slug',
    parentId: 'Parent category',
    position: 'Position',
    articleCount: 'Articles',
    q: 'Search',
  },
};
