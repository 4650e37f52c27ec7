/**
 * The article enums as plain values, without zod, so the list and its tabs, chips and bulk
 * actions can import them without loading the schemas (article.ts builds its zod enums on them).
 */
export const articleStatuses = [
  'draft',
  'in_review',
  'scheduled',
  'published',
  'archived',
] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

export const languages = ['en', 'ar'] as const;
