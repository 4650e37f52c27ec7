import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable, PgUpdateSetSource, PgInsertValue } from 'drizzle-orm/pg-core';
import type { ListQuery, Page } from '../types';
import type { Executor } from './driver';
import { guard } from './errors';
import type { FieldMap } from './fields';
import { orderOf, pageOf, whereOf } from './list';

/** Reads one resource's records: its query, with derived fields, filtered, ordered and paged. */
export interface Reader<R> {
  table: PgTable;
  id: PgColumn;
  fields: FieldMap;
  search?: (q: string) => SQL;
  /** Sort keys that are not fields (the relevance of `q`), given the query. */
  extraOrder?: (query: ListQuery) => Record<string, SQL>;
  fetch(db: Executor, where: SQL | undefined, order: SQL[], page: { limit?: number; offset: number }): Promise<R[]>;
}

export const list = <R>(db: Executor, reader: Reader<R>, query: ListQuery): Promise<Page<R>> =>
  guard(async () => {
    const where = whereOf(reader.fields, query, reader.search);
    const order = orderOf(reader.fields, query, reader.extraOrder?.(query));
    const rows = await reader.fetch(db, where, order, pageOf(query.range));
    // The page alone tells the total when it is not full (the common last page, or no range), and
    // a lower bound that is all an uncounted query needs when it is.
    const offset = query.range ? Math.max(0, query.range[0]) : 0;
    const full = query.range !== null && rows.length === query.range[1] - query.range[0] + 1;
    if ((!full || query.uncounted) && (rows.length > 0 || offset === 0)) return { rows, total: offset + rows.length };
    const [{ n }] = await db.select({ n: count() }).from(reader.table).where(where);
    return { rows, total: n };
  });

export const getOne = <R>(db: Executor, reader: Reader<R>, id: number): Promise<R | null> =>
  guard(async () => (await reader.fetch(db, eq(reader.id, id), [], { limit: 1, offset: 0 }))[0] ?? null);

export const insertRow = <T extends PgTable>(db: Executor, table: T, id: PgColumn, values: PgInsertValue<T>): Promise<number> =>
  guard(async () => {
    const [row] = await db.insert(table).values(values).returning({ id });
    return row.id as number;
  });

/** The version is checked inside the UPDATE: a stale or missing row changes nothing (null). */
export const updateVersioned = <T extends PgTable>(
  db: Executor, table: T, cols: { id: PgColumn; version: PgColumn }, id: number, version: number, values: PgUpdateSetSource<T>,
): Promise<number | null> =>
  guard(async () => {
    const set = { ...values, version: sql`${cols.version} + 1` } as PgUpdateSetSource<T>;
    const rows = await db.update(table).set(set).where(and(eq(cols.id, id), eq(cols.version, version))).returning({ id: cols.id });
    return rows.length ? (rows[0].id as number) : null;
  });

/** A delete others still point at is refused (ReferenceViolation 'in_use'). */
export const deleteRow = (db: Executor, table: PgTable, id: PgColumn, value: number): Promise<boolean> =>
  guard(async () => (await db.delete(table).where(eq(id, value)).returning({ id })).length > 0, true);

export const iso = (d: Date): string => d.toISOString();
export const isoOrNull = (d: Date | null): string | null => (d ? d.toISOString() : null);
export const date = (s: string): Date => new Date(s);
export const dateOrNull = (s: string | null | undefined): Date | null => (s ? new Date(s) : null);

/** LIMIT (when the range has one) and OFFSET on a dynamic select. */
export const paged = <Q extends { limit(n: number): Q; offset(n: number): Q }>(q: Q, page: { limit?: number; offset: number }): Q =>
  page.limit === undefined ? q.offset(page.offset) : q.limit(page.limit).offset(page.offset);

/** A transaction (a savepoint inside the caller's), with the store's errors. */
export const guardedTx = <T>(db: Executor, fn: (tx: Executor) => Promise<T>): Promise<T> =>
  guard(() => db.transaction((tx) => fn(tx)));
