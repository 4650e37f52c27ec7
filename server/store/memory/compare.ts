/** Value helpers shared by filters and sorts. */

/** Reads a dotted path (`name.en`, `featuredImage.photoCreditId`). */
export const getPath = (row: unknown, path: string): unknown => {
  if (!path.includes('.')) return (row as Record<string, unknown> | null)?.[path];
  let v: unknown = row;
  for (const part of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
};

export type SortKey = number | string | null;

/**
 * Sort keys compare by code unit after lowercasing (localeCompare is ~50x slower and this engine
 * sorts 50,000 keys); booleans sort as 0/1; null and missing sort first.
 */
export const sortKey = (v: unknown): SortKey => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') return v.toLowerCase();
  return JSON.stringify(v);
};

export const compareKeys = (a: SortKey, b: SortKey): number => {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : 1;
};

/** Query-string values come as JSON, where a form may have turned 3 into "3" or true into "true". */
export const looseEqual = (a: unknown, b: unknown): boolean =>
  a === b || (a !== null && b !== null && a !== undefined && b !== undefined && typeof a !== 'object' && String(a) === String(b));

/** Range comparison: numbers numerically, everything else as strings (ISO dates sort as text). */
export const compareLoose = (a: unknown, b: unknown): number => {
  const na = typeof a === 'number' ? a : Number(a);
  const nb = typeof b === 'number' ? b : Number(b);
  if ((typeof a === 'number' || typeof b === 'number') && !Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  const sa = String(a);
  const sb = String(b);
  return sa === sb ? 0 : sa < sb ? -1 : 1;
};
