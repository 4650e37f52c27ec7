import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, GetListParams, RaRecord } from 'react-admin';
import type { ArticleStatus } from '../schemas';
import { apiUrl } from './config';
import { httpClient } from './httpClient';

const base = simpleRestProvider(apiUrl, httpClient);

/** `GET /articles/counts`: every status tab's count in one request. */
export interface StatusCounts {
  counts: Record<ArticleStatus, number>;
  total: number;
}

/**
 * `meta: {breakingFirst: true}` sorts breaking articles first, then by the list's sort: one
 * multi-field sort on the server (`sort=[["isBreaking","DESC"],[field,order]]`), so every page
 * keeps its order. Not when the list is filtered or sorted by Breaking itself, nor under a
 * search, where the story searched for must not sink below every breaking match.
 */
const breakingFirst = (params: GetListParams) =>
  params.meta?.breakingFirst === true &&
  params.filter?.isBreaking === undefined &&
  !params.filter?.q &&
  params.sort?.field !== 'isBreaking';

/**
 * `meta: {uncountedSearch: true}`: under a search, the page comes without the count of every
 * match (`Prefer: count=none`), the cost of a common word's search; react-admin then pages
 * without a total (`pageInfo`) until the list's status counts give it.
 */
const uncounted = (params: GetListParams) =>
  params.meta?.uncountedSearch === true && Boolean(params.filter?.q);

const getListOwn = async (resource: string, params: GetListParams) => {
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
  const { field, order } = params.sort ?? { field: 'id', order: 'DESC' };
  const [start, end] = [(page - 1) * perPage, page * perPage - 1];
  const query = new URLSearchParams({
    sort: JSON.stringify(
      breakingFirst(params)
        ? [
            ['isBreaking', 'DESC'],
            [field, order],
          ]
        : [field, order],
    ),
    range: JSON.stringify([start, end]),
    filter: JSON.stringify(params.filter ?? {}),
  });
  const headers = new Headers({ Range: `${resource}=${start}-${end}` });
  if (uncounted(params)) headers.set('Prefer', 'count=none');
  const { headers: answer, json } = await httpClient(`${apiUrl}/${resource}?${query}`, {
    headers,
    signal: params.signal,
  });
  const data = json as RaRecord[];
  const total = answer.get('content-range')?.split('/').pop();
  // `*`: more rows follow this page, their number not counted.
  if (total === '*') return { data, pageInfo: { hasPreviousPage: page > 1, hasNextPage: true } };
  return { data, total: parseInt(total ?? '', 10) };
};

export const dataProvider = {
  ...base,
  getList: ((resource: string, params: GetListParams) =>
    breakingFirst(params) || uncounted(params)
      ? getListOwn(resource, params)
      : base.getList(resource, params)) as DataProvider['getList'],
  getStatusCounts: async (filter: Record<string, unknown>): Promise<StatusCounts> => {
    const query = new URLSearchParams({ filter: JSON.stringify(filter) });
    return (await httpClient(`${apiUrl}/articles/counts?${query}`)).json as StatusCounts;
  },
};

export type NewsdeskDataProvider = typeof dataProvider;
