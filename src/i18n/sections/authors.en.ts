export const authorsEn = { name: 'Author |||| Authors', fields: {} };
