import { customType, index, integer, text, timestamp, type ExtraConfigColumn } from 'drizzle-orm/pg-core';

/** A full-text document; written only by the database (a generated column), read never. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Instants: timestamptz read as Date, written from the ISO strings the API speaks. */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Columns every writable record carries. */
export const auditColumns = () => ({
  createdAt: instant('created_at').notNull(),
  updatedAt: instant('updated_at').notNull(),
  // No foreign key to users: the history survives a user's deletion.
  createdBy: integer('created_by'),
  updatedBy: integer('updated_by'),
  version: integer('version').notNull().default(1),
});

export const textDefault = (name: string) => text(name).notNull().default('');

/**
 * An index for a list sorted by `column` then id: lists order ASC NULLS FIRST or DESC NULLS
 * LAST (list.ts), and this index read forwards or backwards gives exactly those orders.
 */
export const sortIndex = (name: string, column: ExtraConfigColumn, id: ExtraConfigColumn) =>
  index(name).on(column.desc().nullsLast(), id.desc().nullsLast());
