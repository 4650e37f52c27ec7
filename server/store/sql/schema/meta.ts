import { pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Facts about the database itself, by key (Store.meta): `demo` while it holds the demo
 * newsroom. Not one of the seed's tables: `load` and the test checkpoints leave it alone.
 */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
