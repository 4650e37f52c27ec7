export const revisionsEn = { name: 'Revision |||| Revisions', fields: {} };
