/** The SQL store's tables (drizzle-kit reads this file to write migrations). */
export * from './content';
export * from './people';
export * from './history';
export * from './meta';
export * from './counts';
