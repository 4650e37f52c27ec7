import { and, sql, type SQL } from 'drizzle-orm';
import type { Condition, ListQuery, Scalar } from '../types';
import type { AnyField, FieldMap, FieldSpec } from './fields';

/** A bound value in the field's type: instants as timestamptz, the rest as the driver sends them. */
const param = (spec: FieldSpec, v: string | number | boolean): SQL =>
  spec.type === 'time' ? sql`${String(v)}::timestamptz` : spec.type === 'int' ? sql`${Number(v)}::int` : sql`${v}`;

/** Text compares by code point (the memory store compares JavaScript strings). */
const comparable = (spec: FieldSpec): SQL => (spec.type === 'text' ? sql`(${spec.expr} COLLATE "C")` : sql`${spec.expr}`);

const fieldOf = (fields: FieldMap, name: string): AnyField => {
  const spec = fields[name];
  if (!spec) throw new Error(`unknown list field ${name}`);
  return spec;
};

const inList = (spec: FieldSpec, values: Scalar[]): SQL | null => {
  const present = values.filter((v): v is string | number | boolean => v !== null);
  return present.length ? sql`${spec.expr} IN (${sql.join(present.map((v) => param(spec, v)), sql`, `)})` : null;
};

const condition = (fields: FieldMap, c: Condition): SQL => {
  const spec = fieldOf(fields, c.field);
  if (c.op === 'in' || c.op === 'nin') {
    const hasNull = c.values.includes(null);
    let matches: SQL;
    if (spec.type === 'int[]') {
      const ids = c.values.filter((v): v is number => v !== null).map(Number);
      const parts = [ids.length ? spec.exists(ids) : null, hasNull ? spec.none : null].filter((p): p is SQL => p !== null);
      matches = parts.length ? sql`(${sql.join(parts, sql` OR `)})` : sql`false`;
      return c.op === 'in' ? matches : sql`NOT ${matches}`;
    }
    const listed = inList(spec, c.values);
    if (c.op === 'in') {
      const parts = [listed, hasNull ? sql`${spec.expr} IS NULL` : null].filter((p): p is SQL => p !== null);
      return parts.length ? sql`(${sql.join(parts, sql` OR `)})` : sql`false`;
    }
    // nin: a missing value stays unless null is listed.
    if (hasNull) return listed ? sql`(${spec.expr} IS NOT NULL AND NOT ${listed})` : sql`${spec.expr} IS NOT NULL`;
    return listed ? sql`(${spec.expr} IS NULL OR NOT ${listed})` : sql`true`;
  }
  if (!('value' in c) || spec.type === 'int[]') throw new Error(`no range on ${c.field}`);
  const ops = { gte: sql`>=`, lte: sql`<=`, gt: sql`>`, lt: sql`<` };
  // A NULL never satisfies a comparison, so a missing value never matches a bound.
  return sql`${comparable(spec)} ${ops[c.op]} ${spec.type === 'text' ? sql`(${String(c.value)} COLLATE "C")` : param(spec, c.value)}`;
};

/** Every condition of the query, `q` included (`search` builds the resource's own). */
export const whereOf = (fields: FieldMap, query: ListQuery, search?: (q: string) => SQL): SQL | undefined => {
  const parts = query.where.map((c) => condition(fields, c));
  const q = query.q?.trim();
  if (q && search) parts.push(search(q));
  return parts.length ? and(...parts) : undefined;
};

/**
 * ORDER BY the query's keys. NULL is the smallest value (ASC NULLS FIRST, DESC NULLS LAST), text
 * compares case-insensitively by code point, false sorts before true. `extra` resolves keys
 * that are not fields (the relevance of `q`).
 */
export const orderOf = (fields: FieldMap, query: ListQuery, extra: Record<string, SQL> = {}): SQL[] =>
  query.sort.map(([name, order]) => {
    const special = extra[name];
    if (special) return order === 'ASC' ? sql`${special} ASC` : sql`${special} DESC`;
    const spec = fieldOf(fields, name);
    if (spec.type === 'int[]') throw new Error(`no sort on ${name}`);
    const key = spec.type === 'text' ? sql`lower(${spec.expr}) COLLATE "C"` : sql`${spec.expr}`;
    return order === 'ASC' ? sql`${key} ASC NULLS FIRST` : sql`${key} DESC NULLS LAST`;
  });

/** LIMIT/OFFSET of an inclusive range; null: every row. */
export const pageOf = (range: ListQuery['range']): { limit?: number; offset: number } =>
  range ? { limit: Math.max(0, range[1] - range[0] + 1), offset: Math.max(0, range[0]) } : { offset: 0 };
