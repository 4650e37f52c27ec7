import type { Condition, ListQuery, Order, Scalar } from '../store/types';
import { fail } from './errors';
import { listFields, type FieldType, type ListResource } from './fields';

const OPS = /^(.+)_(gte|lte|gt|lt|neq)$/;

const parseJson = (raw: string | null, name: string): unknown => {
  if (raw === null || raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return fail(400, `${name} must be JSON`, { errors: { [name]: 'nd.validation.invalid' } });
  }
};

const badValue = (field: string): never =>
  fail(400, `Invalid value for the filter ${field}`, { errors: { [field]: 'nd.validation.invalid' } });

/**
 * A filter value as the field's type. Query strings come from forms, which may turn 3 into "3"
 * or true into "true"; anything else that does not fit the type is a 400.
 */
const convert = (field: string, type: FieldType, v: unknown): Scalar => {
  if (v === null) return null;
  if (type === 'int' || type === 'int[]') {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isInteger(n) ? n : badValue(field);
  }
  if (type === 'bool') return v === true || v === 'true' ? true : v === false || v === 'false' ? false : badValue(field);
  if (type === 'time') {
    const t = typeof v === 'string' || typeof v === 'number' ? Date.parse(String(v)) : NaN;
    return Number.isNaN(t) ? badValue(field) : new Date(t).toISOString();
  }
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : badValue(field);
};

const unknownField = (key: string): never =>
  fail(400, `Unknown filter or sort field: ${key}`, { errors: { [key]: 'nd.validation.invalid' } });

/**
 * `filter` keys as conditions: exact values and arrays (any of), `_neq` (none of), `_gte`,
 * `_lte`, `_gt`, `_lt`. Keys in `custom` (q, section) are left to the caller.
 */
export const parseConditions = (resource: ListResource, filter: Record<string, unknown>, custom: string[] = []): Condition[] => {
  const types: Record<string, FieldType> = listFields[resource];
  const out: Condition[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || key === 'q' || custom.includes(key)) continue;
    const op = OPS.exec(key);
    const field = op ? op[1] : key;
    const type = types[field];
    if (!type) unknownField(key);
    const values = (Array.isArray(value) ? value : [value]).map((v) => convert(key, type, v));
    if (!op) out.push({ field, op: 'in', values });
    else if (op[2] === 'neq') out.push({ field, op: 'nin', values });
    else {
      if (values.length !== 1 || values[0] === null || typeof values[0] === 'boolean') badValue(key);
      out.push({ field, op: op[2] as 'gte', value: values[0] as string | number });
    }
  }
  return out;
};

export interface ParsedList {
  query: ListQuery;
  filter: Record<string, unknown>;
}

/**
 * `sort=["f","ASC"]` (or several pairs: `[["isBreaking","DESC"],["publishedAt","DESC"]]`),
 * `range=[0,24]` and `filter={…}` → a ListQuery, ended by `id` in the first field's direction so
 * the order is total. A missing range means every row.
 */
export const parseList = (
  resource: ListResource,
  url: URL,
  defaultSort: [string, Order],
  custom: string[] = [],
): ParsedList => {
  const sortRaw = parseJson(url.searchParams.get('sort'), 'sort');
  const rangeRaw = parseJson(url.searchParams.get('range'), 'range');
  const filterRaw = parseJson(url.searchParams.get('filter'), 'filter');
  const pairs = Array.isArray(sortRaw) ? (Array.isArray(sortRaw[0]) ? sortRaw : [sortRaw]) : [defaultSort];
  const types: Record<string, FieldType> = listFields[resource];
  const sort: [string, Order][] = pairs.map((p: unknown) => {
    const [field, order] = Array.isArray(p) ? p : [];
    if (typeof field !== 'string' || !types[field] || types[field] === 'int[]') unknownField(String(field));
    return [field as string, String(order).toUpperCase() === 'DESC' ? 'DESC' : 'ASC'];
  });
  if (!sort.some(([f]) => f === 'id')) sort.push(['id', sort[0][1]]);
  else sort.splice(sort.findIndex(([f]) => f === 'id') + 1);
  const range: [number, number] | null =
    Array.isArray(rangeRaw) && rangeRaw.length === 2 && rangeRaw.every((n) => Number.isInteger(n) && n >= 0)
      ? [rangeRaw[0], Math.max(rangeRaw[0], rangeRaw[1])]
      : null;
  const filter =
    filterRaw && typeof filterRaw === 'object' && !Array.isArray(filterRaw) ? (filterRaw as Record<string, unknown>) : {};
  const q = typeof filter.q === 'string' && filter.q.trim() ? filter.q.trim() : undefined;
  return { query: { where: parseConditions(resource, filter, custom), q, sort, range }, filter };
};

/** `{resource} {first}-{last}/{total}`; an unknown total (an uncounted list) is `*` (RFC 9110). */
export const contentRange = (resource: string, start: number, count: number, total: number | null) =>
  count > 0 ? `${resource} ${start}-${start + count - 1}/${total ?? '*'}` : `${resource} */${total ?? '*'}`;

/**
 * `Prefer: count=none` (RFC 7240 syntax; PostgREST's `count` preference, turned around since the
 * contract counts by default): the client needs the page and whether more follow, not the total.
 */
export const prefersNoCount = (prefer: string | undefined): boolean =>
  (prefer ?? '').split(',').some((p) => p.split(';')[0].replace(/\s+/g, '').toLowerCase() === 'count=none');
