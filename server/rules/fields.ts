/**
 * The fields of each resource that a list request may filter and sort on, with their types.
 * The rules check every `filter` and `sort` key against this table (400 for an unknown one)
 * and convert values to the field's type before a store sees them; each store maps the names
 * to its own columns. Dotted names reach nested fields (`name.en`, `featuredImage.photoCreditId`).
 *
 * - `int`, `text`, `bool`: plain values;
 * - `time`: an instant, compared in time (ISO 8601 strings, normalised to UTC);
 * - `int[]`: a list of ids, where a filter value means "contains".
 */
export type FieldType = 'int' | 'text' | 'bool' | 'time' | 'int[]';

const audit = {
  id: 'int',
  createdAt: 'time',
  updatedAt: 'time',
  createdBy: 'int',
  updatedBy: 'int',
  version: 'int',
} as const satisfies Record<string, FieldType>;

export const listFields = {
  articles: {
    ...audit,
    title: 'text',
    slug: 'text',
    lang: 'text',
    translationOf: 'int',
    summary: 'text',
    categoryId: 'int',
    tagIds: 'int[]',
    authorId: 'int',
    'featuredImage.photoCreditId': 'int',
    status: 'text',
    publishAt: 'time',
    publishedAt: 'time',
    isBreaking: 'bool',
    isFeatured: 'bool',
    slugLine: 'text',
    copyright: 'text',
    seoTitle: 'text',
    seoDescription: 'text',
    views: 'int',
    shares: 'int',
  },
  categories: {
    ...audit,
    'name.en': 'text',
    'name.ar': 'text',
    slug: 'text',
    parentId: 'int',
    position: 'int',
    articleCount: 'int',
  },
  tags: { ...audit, name: 'text', slug: 'text', articleCount: 'int' },
  authors: { ...audit, name: 'text', kind: 'text', email: 'text', articleCount: 'int' },
  'photo-credits': {
    ...audit,
    photographer: 'text',
    agency: 'text',
    license: 'text',
    usageCount: 'int',
  },
  users: {
    ...audit,
    name: 'text',
    email: 'text',
    role: 'text',
    active: 'bool',
    authorId: 'int',
    lastLoginAt: 'time',
  },
  revisions: { id: 'int', articleId: 'int', version: 'int', createdAt: 'time', createdBy: 'int' },
  activity: {
    id: 'int',
    at: 'time',
    userId: 'int',
    action: 'text',
    resource: 'text',
    recordId: 'int',
    label: 'text',
  },
  reviews: { id: 'int', articleId: 'int', date: 'text', reviewedBy: 'int', reviewedAt: 'time' },
  /** Daily metric rows (GET /metrics): ordered by article or by date; filtered by the rules. */
  metrics: { id: 'int', articleId: 'int', date: 'text' },
} as const satisfies Record<string, Record<string, FieldType>>;

export type ListResource = keyof typeof listFields;
