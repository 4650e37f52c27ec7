import type { ComponentName } from './schemas';

/**
 * Every route of server/routes/*, described for the OpenAPI document. A test compares this
 * list with the routes the app really serves, so neither can drift from the other.
 */

export type Method = 'get' | 'post' | 'put' | 'delete';
export interface QueryParam {
  name: string;
  description: string;
  type?: 'string' | 'integer' | 'number' | 'boolean';
  enum?: string[];
  /** Where the client puts it (default: the query string). */
  in?: 'query' | 'header';
}
export interface Endpoint {
  method: Method;
  /** Hono's path syntax (`/articles/:id`), under /api. */
  path: string;
  tag: string;
  summary: string;
  /** Public endpoints need no bearer token. */
  public?: boolean;
  query?: QueryParam[];
  body?: ComponentName;
  /** The success answer: a schema, a list of one (`[name]`), or nothing. */
  answer?: ComponentName | [ComponentName] | null;
  status?: 200 | 201;
  /** Error statuses beyond 401 (and 403 for signed-in routes). */
  errors?: number[];
}

const listParams: QueryParam[] = [
  { name: 'sort', description: 'JSON ["field","ASC"|"DESC"]' },
  { name: 'range', description: 'JSON [first, last], inclusive indices' },
  { name: 'filter', description: 'JSON object: exact values, arrays (any of), q (full text), _gte/_lte/_neq suffixes' },
];
const crudListParams: QueryParam[] = [
  ...listParams,
  { name: 'Prefer', in: 'header', description: 'count=none: no count of every match; Content-Range ends in /* while more rows follow the page', enum: ['count=none'] },
];
const period: QueryParam[] = [
  { name: 'period', description: 'Ending today (default 7d)', enum: ['today', '7d', '30d', '90d'] },
  { name: 'from', description: 'YYYY-MM-DD, with to (at most 366 days)' },
  { name: 'to', description: 'YYYY-MM-DD, inclusive' },
  { name: 'filter', description: 'JSON {section, categoryId, lang, authorId}' },
];

interface Crud {
  name: string;
  record: ComponentName;
  input?: ComponentName;
  created?: ComponentName;
}
const crud = ({ name, record, input, created }: Crud): Endpoint[] => {
  const tag = name;
  const read: Endpoint[] = [
    { method: 'get', path: `/${name}`, tag, summary: `List ${name} (Content-Range gives the total)`, query: crudListParams, answer: [record], errors: [400] },
    { method: 'get', path: `/${name}/:id`, tag, summary: `One of ${name}`, answer: record, errors: [404] },
  ];
  if (!input) return read;
  return [
    ...read,
    { method: 'post', path: `/${name}`, tag, summary: `Create (server-owned fields are ignored; without slug, one is derived from the title or name)`, body: input, answer: created ?? record, status: 201, errors: [400, 409] },
    { method: 'put', path: `/${name}/:id`, tag, summary: `Update from the version sent (409 with the current record when stale)`, body: input, answer: record, errors: [400, 404, 409] },
    { method: 'delete', path: `/${name}/:id`, tag, summary: `Delete (409 while still in use)`, answer: record, errors: [404, 409] },
  ];
};

export const endpoints: Endpoint[] = [
  { method: 'get', path: '/health', tag: 'service', summary: '200 while the database answers, 503 otherwise', public: true, answer: 'Health', errors: [503] },
  { method: 'get', path: '/meta', tag: 'service', summary: 'Whether the database holds the demo newsroom', public: true, answer: 'Meta' },
  { method: 'get', path: '/openapi.json', tag: 'service', summary: 'This document', public: true, answer: null },
  { method: 'post', path: '/auth/login', tag: 'auth', summary: 'Sign in (429 with Retry-After from the 11th failure in 15 minutes)', public: true, body: 'Login', answer: 'Session', errors: [401, 403, 429] },
  { method: 'get', path: '/auth/me', tag: 'auth', summary: 'The signed-in user', answer: 'User' },
  { method: 'post', path: '/auth/logout', tag: 'auth', summary: 'End the session', public: true, answer: null },
  { method: 'post', path: '/demo/reset', tag: 'auth', summary: 'Restore the demo newsroom (demo data only; admins on a shared server)', answer: null, errors: [404] },
  ...(['summary', 'series', 'top', 'breakdown', 'spikes'] as const).map((name): Endpoint => ({
    method: 'get', path: `/metrics/${name}`, tag: 'metrics', summary: `Aggregated ${name}`, errors: [400],
    answer: ({ summary: 'Summary', series: 'Series', top: 'Top', breakdown: 'Breakdown', spikes: 'Spikes' } as const)[name],
    query: [
      ...period,
      ...(name === 'top' ? [{ name: 'by', description: 'Ranking measure', enum: ['views', 'shares'] }, { name: 'limit', description: '1..100 (default 10)', type: 'integer' as const }] : []),
      ...(name === 'breakdown' ? [{ name: 'by', description: 'Grouping', enum: ['section', 'category', 'language', 'author'] }] : []),
      ...(name === 'spikes' ? [{ name: 'multiple', description: '1.5..100 (default 5)', type: 'number' as const }, { name: 'reviewed', description: 'Only reviewed (true) or unreviewed (false)', type: 'boolean' as const }, { name: 'limit', description: '1..1000 (default 100)', type: 'integer' as const }] : []),
    ],
  })),
  { method: 'post', path: '/metrics/spikes/:articleId/:date/review', tag: 'metrics', summary: 'Mark a traffic spike reviewed', body: 'SpikeReview', answer: 'Review', status: 201, errors: [400, 404, 409] },
  { method: 'get', path: '/metrics/articles/:id/series', tag: 'metrics', summary: "One article's daily figures (default: since publication)", query: period.slice(0, 3), answer: 'ArticleSeries', errors: [400, 404] },
  { method: 'get', path: '/metrics', tag: 'metrics', summary: 'Daily metric rows', query: listParams, answer: ['Metric'], errors: [400] },
  { method: 'get', path: '/metrics/:id', tag: 'metrics', summary: 'One daily metric row', answer: 'Metric', errors: [404] },
  { method: 'get', path: '/articles/counts', tag: 'articles', summary: 'Articles per status under a filter (its status left out)', query: listParams.slice(2), answer: 'StatusCounts', errors: [400] },
  { method: 'post', path: '/tags/merge', tag: 'tags', summary: 'Merge tags into one, in one transaction', body: 'TagMerge', answer: 'TagMergeResult', errors: [400, 404] },
  { method: 'post', path: '/users/:id/reset-password', tag: 'users', summary: 'A new temporary password (shown once); ends the user\'s sessions', answer: 'TemporaryPassword', errors: [404] },
  { method: 'post', path: '/articles/:id/restore', tag: 'articles', summary: 'Save a revision as the next version', body: 'Restore', answer: 'Article', errors: [400, 404, 409] },
  ...crud({ name: 'articles', record: 'Article', input: 'ArticleInput' }),
  ...crud({ name: 'categories', record: 'Category', input: 'CategoryInput' }),
  ...crud({ name: 'tags', record: 'Tag', input: 'TagInput' }),
  ...crud({ name: 'authors', record: 'Author', input: 'AuthorInput' }),
  ...crud({ name: 'photo-credits', record: 'PhotoCredit', input: 'PhotoCreditInput' }),
  ...crud({ name: 'users', record: 'User', input: 'UserInput', created: 'CreatedUser' }),
  ...crud({ name: 'revisions', record: 'Revision' }),
  ...crud({ name: 'activity', record: 'Activity' }),
];
