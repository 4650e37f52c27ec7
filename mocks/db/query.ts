import { compareKeys, compareLoose, looseEqual } from './compare';
import type { Table } from './table';

export interface ListParams {
  sort: [string, 'ASC' | 'DESC'];
  /** Inclusive bounds; null means everything (getMany). */
  range: [number, number] | null;
  filter: Record<string, unknown>;
}
export interface ListResult<S> {
  rows: S[];
  total: number;
  start: number;
}
type Pred<S> = (row: S) => boolean;
/** Resource-specific filter keys (`q`, `section`); return null to ignore the key. */
export type CustomFilters<S> = Record<string, (value: unknown) => Pred<S> | null>;

const OPS = /^(.+)_(gte|lte|gt|lt|neq)$/;

const fieldPred = <S extends { id: number }>(table: Table<S, unknown>, key: string, value: unknown): Pred<S> => {
  const op = OPS.exec(key);
  if (op) {
    const [, field, kind] = op;
    const ok = (c: number) => (kind === 'gte' ? c >= 0 : kind === 'lte' ? c <= 0 : kind === 'gt' ? c > 0 : c < 0);
    if (kind === 'neq') {
      const values = Array.isArray(value) ? value : [value];
      return (row) => !values.some((v) => looseEqual(table.value(row, field), v));
    }
    return (row) => {
      const v = table.value(row, field);
      return v !== null && v !== undefined && ok(compareLoose(v, value));
    };
  }
  const wanted = Array.isArray(value) ? value : [value];
  return (row) => {
    const v = table.value(row, key);
    // An array field (tagIds): a scalar means "contains", an array "contains any".
    if (Array.isArray(v)) return wanted.some((w) => v.some((x) => looseEqual(x, w)));
    return wanted.some((w) => looseEqual(v, w));
  };
};

export const textPred = <S extends { id: number }>(table: Table<S, unknown>, value: unknown): Pred<S> | null => {
  const q = String(value ?? '').trim().toLowerCase();
  return q ? (row) => table.searchTextOf(row.id).includes(q) : null;
};

export const runQuery = <S extends { id: number }>(
  table: Table<S, unknown>,
  params: ListParams,
  custom: CustomFilters<S> = {},
): ListResult<S> => {
  const preds: Pred<S>[] = [];
  const { id: idFilter, ...rest } = params.filter;
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined) continue;
    const p = custom[key] ? custom[key](value) : key === 'q' ? textPred(table, value) : fieldPred(table, key, value);
    if (p) preds.push(p);
  }
  const [field, order] = params.sort;
  const [start, end] = params.range ?? [0, Number.MAX_SAFE_INTEGER];
  const rows: S[] = [];
  let total = 0;
  const visit = (id: number) => {
    const row = table.get(id);
    if (!row) return;
    for (const p of preds) if (!p(row)) return;
    if (total >= start && total <= end) rows.push(row);
    total++;
  };

  if (idFilter !== undefined) {
    // getMany: look the ids up instead of scanning, then sort the few found.
    const ids = [...new Set((Array.isArray(idFilter) ? idFilter : [idFilter]).map(Number))].filter((id) => table.get(id));
    ids.sort((a, b) => compareKeys(table.key(a, field), table.key(b, field)) || a - b);
    if (order === 'DESC') ids.reverse();
    ids.forEach(visit);
    return { rows, total, start };
  }
  const ids = table.sortedIds(field);
  if (preds.length === 0) {
    const slice = order === 'DESC' ? ids.slice(Math.max(0, ids.length - 1 - end), ids.length - start).reverse() : ids.slice(start, end + 1);
    return { rows: slice.map((id) => table.get(id)!), total: ids.length, start };
  }
  if (order === 'DESC') for (let i = ids.length - 1; i >= 0; i--) visit(ids[i]);
  else for (let i = 0; i < ids.length; i++) visit(ids[i]);
  return { rows, total, start };
};
