export const tagsEn = {
  name: 'Tag |||| Tags',
  fields: { name: 'Name', slug: 'Slug', articleCount: 'Articles', q: 'Search' },
};
