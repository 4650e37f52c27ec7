export const authorsEn = {
  name: 'Author |||| Authors',
  fields: {
    name: 'Name',
    kind: 'Kind',
    bio: 'Biography',
    'bio.en': 'Biography (English)',
    'bio.ar': 'Biography (Arabic)',
    email: 'Email',
    avatarUrl: 'Avatar URL',
    website: 'Website',
    articleCount: 'Articles',
    q: 'Search',
  },
  kinds: { staff: 'Staff', agency: 'Agency', contributor: 'Contributor' },
};
