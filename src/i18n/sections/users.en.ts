export const usersEn = { name: 'User |||| Users', fields: {} };
