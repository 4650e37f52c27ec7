import { HttpResponse } from 'msw';
import type { ListParams } from '../db/query';

/** JSON error body of the contract: `{message, errors?}` (and `record` for a stale version). */
export const fail = (status: number, message: string, extra: Record<string, unknown> = {}) =>
  HttpResponse.json({ message, ...extra }, { status });

export const ok = (body: unknown, status = 200, headers?: Record<string, string>) =>
  HttpResponse.json(body as Record<string, unknown>, { status, headers });

const parseJson = (raw: string | null): unknown => {
  if (raw === null || raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
};

/** `sort=["f","ASC"]&range=[0,24]&filter={…}` → ListParams; a missing range means "all". */
export const listParams = (url: URL, defaultSort: [string, 'ASC' | 'DESC'] = ['id', 'ASC']): ListParams => {
  const sort = parseJson(url.searchParams.get('sort'));
  const range = parseJson(url.searchParams.get('range'));
  const filter = parseJson(url.searchParams.get('filter'));
  const s: [string, 'ASC' | 'DESC'] =
    Array.isArray(sort) && typeof sort[0] === 'string'
      ? [sort[0], String(sort[1]).toUpperCase() === 'DESC' ? 'DESC' : 'ASC']
      : defaultSort;
  const r: [number, number] | null =
    Array.isArray(range) && range.length === 2 && range.every((n) => Number.isInteger(n) && n >= 0)
      ? [range[0], Math.max(range[0], range[1])]
      : null;
  const f = filter && typeof filter === 'object' && !Array.isArray(filter) ? (filter as Record<string, unknown>) : {};
  return { sort: s, range: r, filter: f };
};

export const contentRange = (resource: string, start: number, count: number, total: number) =>
  count > 0 ? `${resource} ${start}-${start + count - 1}/${total}` : `${resource} */${total}`;

/** The request body as an object, or null when it is not JSON. */
export const readBody = async (request: Request): Promise<Record<string, unknown> | null> => {
  try {
    const body: unknown = await request.json();
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};
