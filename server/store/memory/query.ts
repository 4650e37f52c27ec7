import type { Condition, ListQuery, Page, Scalar } from '../types';
import { compareKeys, type SortKey } from './compare';
import type { SortSpec, Table } from './table';

/** Predicates take ids: they read columns (see Table.accessor), never whole rows. */
type Pred = (id: number) => boolean;
/** The store's own reading of `q` for a table (articles also search their generated bodies). */
export type SearchFn = (q: string) => Pred | null;

const compare = (a: unknown, b: string | number) =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;

const conditionPred = <S extends { id: number }>(table: Table<S, unknown>, c: Condition): Pred => {
  const get = table.accessor(c.field);
  if ('values' in c) {
    const wanted = new Set<Scalar>(c.values);
    const hasNull = wanted.has(null);
    const match = (v: unknown) => {
      if (Array.isArray(v)) return v.some((x) => wanted.has(x as Scalar));
      return v === null || v === undefined ? hasNull : wanted.has(v as Scalar);
    };
    return c.op === 'in' ? (id) => match(get(id)) : (id) => !match(get(id));
  }
  const ok = c.op === 'gte' ? (n: number) => n >= 0 : c.op === 'lte' ? (n: number) => n <= 0 : c.op === 'gt' ? (n: number) => n > 0 : (n: number) => n < 0;
  const bound = c.value;
  return (id) => {
    const v = get(id);
    return v !== null && v !== undefined && ok(compare(v, bound));
  };
};

/** Matching ids in no particular order (counting, rewrites). */
const isLookup = (c: Condition) => c.field === 'id' && c.op === 'in';

export const matchingPreds = <S extends { id: number }>(table: Table<S, unknown>, query: Pick<ListQuery, 'where' | 'q'>, search?: SearchFn): Pred[] => {
  const preds = query.where.filter((c) => !isLookup(c)).map((c) => conditionPred(table, c));
  const q = query.q?.trim().toLowerCase();
  if (q) {
    const p = search ? search(q) : (id: number) => table.searchTextOf(id).includes(q);
    if (p) preds.push(p);
  }
  return preds;
};

/**
 * A page of `query`: walks the table's cached order for the sort (backwards for descending),
 * testing each id against the conditions, and materialises only the rows of the page.
 * A condition on `id` (getMany) looks the ids up instead of scanning.
 */
export const runQuery = <S extends { id: number }>(table: Table<S, unknown>, query: ListQuery, search?: SearchFn): Page<S> => {
  const preds = matchingPreds(table, query, search);
  const sort = query.sort.filter(([f]) => f !== 'id');
  const desc = (query.sort[0]?.[1] ?? 'ASC') === 'DESC';
  // The table keeps orders whose first field ascends; a descending first field walks it backwards.
  const spec: SortSpec = sort.map(([f, o]) => [f, desc ? (o === 'ASC' ? 'DESC' : 'ASC') : o] as const);
  const [start, end] = query.range ?? [0, Number.MAX_SAFE_INTEGER];
  const rows: S[] = [];
  let total = 0;
  const visit = (id: number) => {
    for (let i = 0; i < preds.length; i++) if (!preds[i](id)) return;
    if (total >= start && total <= end) rows.push(table.get(id)!);
    total++;
  };

  const lookup = query.where.find(isLookup);
  if (lookup && 'values' in lookup) {
    const ids = [...new Set(lookup.values.map(Number))].filter((id) => table.get(id));
    const keys = new Map<number, SortKey[]>(ids.map((id) => [id, spec.map(([f]) => table.key(id, f))]));
    ids.sort((a, b) => {
      const ka = keys.get(a)!;
      const kb = keys.get(b)!;
      for (let i = 0; i < spec.length; i++) {
        const c = compareKeys(ka[i], kb[i]);
        if (c) return spec[i][1] === 'DESC' ? -c : c;
      }
      return a - b;
    });
    if (desc) ids.reverse();
    ids.forEach(visit);
    return { rows, total };
  }
  const ids = spec.length ? table.sortedIds(spec) : table.idsAscending();
  if (preds.length === 0) {
    const slice = desc ? ids.slice(Math.max(0, ids.length - 1 - end), ids.length - start).reverse() : ids.slice(start, end + 1);
    return { rows: slice.map((id) => table.get(id)!), total: ids.length };
  }
  if (desc) for (let i = ids.length - 1; i >= 0; i--) visit(ids[i]);
  else for (let i = 0; i < ids.length; i++) visit(ids[i]);
  return { rows, total };
};

/** Ids of the rows matching the conditions (no order). */
export const matchingIds = <S extends { id: number }>(table: Table<S, unknown>, query: Pick<ListQuery, 'where' | 'q'>, search?: SearchFn): number[] => {
  const preds = matchingPreds(table, query, search);
  const lookup = query.where.find(isLookup);
  if (lookup) preds.push(conditionPred(table, lookup));
  const out: number[] = [];
  for (const id of table.rows.keys()) if (preds.every((p) => p(id))) out.push(id);
  return out;
};

