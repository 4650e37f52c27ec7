import { sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { FieldType } from '../../rules/fields';

/**
 * How an API field (server/rules/fields.ts) reads in SQL. List queries name columns only
 * through these maps, never from the request, and bind every value as a parameter.
 */
export interface FieldSpec {
  expr: SQL | PgColumn;
  type: Exclude<FieldType, 'int[]'>;
  /** Sorting puts NULL first ascending, last descending; a NOT NULL column can't tell. */
  nullable: boolean;
}

/**
 * An array field kept as rows of a link table (tagIds: article_tags). A condition on it reads
 * "has any of" (EXISTS), so the list scans no arrays.
 */
export interface LinkSpec {
  type: 'int[]';
  /** `EXISTS (… WHERE link.owner = row.id AND link.value IN (…))` */
  exists: (values: number[]) => SQL;
  /** True when the row has no link at all (the `null` value of `in`/`nin`). */
  none: SQL;
}

export type AnyField = FieldSpec | LinkSpec;
export type FieldMap = Record<string, AnyField>;

export const column = (col: PgColumn, type: FieldSpec['type']): FieldSpec => ({
  expr: col,
  type,
  nullable: !col.notNull,
});

export const derived = (expr: SQL, type: FieldSpec['type'], nullable = false): FieldSpec => ({ expr, type, nullable });

/** The audit fields of a writable record (fields.ts `audit`). */
export const auditFields = (t: {
  id: PgColumn; createdAt: PgColumn; updatedAt: PgColumn; createdBy: PgColumn; updatedBy: PgColumn; version: PgColumn;
}): FieldMap => ({
  id: column(t.id, 'int'),
  createdAt: column(t.createdAt, 'time'),
  updatedAt: column(t.updatedAt, 'time'),
  createdBy: column(t.createdBy, 'int'),
  updatedBy: column(t.updatedBy, 'int'),
  version: column(t.version, 'int'),
});

/** Case-insensitive substring in any of `cols` (`q` on resources other than articles). */
export const containsAny = (cols: PgColumn[], q: string): SQL => {
  const needle = q.toLowerCase();
  return sql`(${sql.join(cols.map((c) => sql`strpos(lower(${c}), ${needle}) > 0`), sql` OR `)})`;
};
