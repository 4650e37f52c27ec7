export const usersEn = {
  name: 'User |||| Users',
  fields: {
    name: 'Name',
    email: 'Email',
    role: 'Role',
    active: 'Active',
    authorId: 'Author profile',
    lastLoginAt: 'Last sign-in',
    q: 'Search',
  },
  roles: { admin: 'Admin', editor: 'Editor', moderator: 'Moderator' },
};
