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
/** Predicates take ids: they read columns (see Table.accessor), never whole rows. */
type Pred = (id: number) => boolean;
/** Resource-specific filter keys (`q`, `section`); return null to ignore the key. */
export type CustomFilters = Record<string, (value: unknown) => Pred | null>;

const OPS = /^(.+)_(gte|lte|gt|lt|neq)$/;

/**
 * Equality with JSON's looseness (a form may send 3 as "3", true as "true") but no per-row
 * allocation: the wanted value is prepared once in each form a record value can take.
 */
const matcher = (w: unknown): ((v: unknown) => boolean) => {
  if (w === null || typeof w === 'object') return (v) => v === w;
  const str = String(w);
  const num = typeof w === 'number' ? w : str.trim() !== '' && !Number.isNaN(Number(str)) ? Number(str) : undefined;
  const bool = w === true || str === 'true' ? true : w === false || str === 'false' ? false : undefined;
  return (v) => (typeof v === 'string' ? v === str : typeof v === 'number' ? v === num : typeof v === 'boolean' ? v === bool : false);
};

const fieldPred = <S extends { id: number }>(table: Table<S, unknown>, key: string, value: unknown): Pred => {
  const op = OPS.exec(key);
  if (op) {
    const [, field, kind] = op;
    const get = table.accessor(field);
    if (kind === 'neq') {
      const values = Array.isArray(value) ? value : [value];
      return (row) => !values.some((v) => looseEqual(get(row), v));
    }
    const ok = (c: number) => (kind === 'gte' ? c >= 0 : kind === 'lte' ? c <= 0 : kind === 'gt' ? c > 0 : c < 0);
    return (row) => {
      const v = get(row);
      return v !== null && v !== undefined && ok(compareLoose(v, value));
    };
  }
  const get = table.accessor(key);
  const tests = (Array.isArray(value) ? value : [value]).map(matcher);
  const one = tests.length === 1 ? tests[0] : (v: unknown) => tests.some((t) => t(v));
  const single = !Array.isArray(value) || value.length === 1 ? (Array.isArray(value) ? value[0] : value) : undefined;
  if (typeof single === 'number' || (typeof single === 'string' && single.trim() !== '' && !Number.isNaN(Number(single)))) {
    // The common case (categoryId: 5, tagIds: 22): plain comparisons, no closure per value.
    const num = Number(single);
    const str = String(single);
    return (id) => {
      const v = get(id);
      if (Array.isArray(v)) return v.indexOf(num) >= 0 || v.indexOf(str) >= 0;
      return v === num || v === str;
    };
  }
  return (row) => {
    const v = get(row);
    // An array field (tagIds): a scalar means "contains", an array "contains any".
    if (Array.isArray(v)) {
      for (const x of v) if (one(x)) return true;
      return false;
    }
    return one(v);
  };
};

export const textPred = <S extends { id: number }>(table: Table<S, unknown>, value: unknown): Pred | null => {
  const q = String(value ?? '').trim().toLowerCase();
  return q ? (id) => table.searchTextOf(id).includes(q) : null;
};

export const runQuery = <S extends { id: number }>(
  table: Table<S, unknown>,
  params: ListParams,
  custom: CustomFilters = {},
): ListResult<S> => {
  const preds: Pred[] = [];
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
    for (let i = 0; i < preds.length; i++) if (!preds[i](id)) return;
    if (total >= start && total <= end) rows.push(table.get(id)!);
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
