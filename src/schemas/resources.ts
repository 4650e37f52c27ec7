import type { z } from 'zod';
import { makeArticleInputSchema } from './article';
import { categoryInputSchema } from './category';
import { tagInputSchema } from './tag';
import { authorInputSchema } from './author';
import { photoCreditInputSchema } from './photoCredit';
import { userInputSchema } from './user';
import type { Clock } from './common';

/** The resources of the REST contract, as named in URLs and in react-admin. */
export const resourceNames = [
  'articles',
  'categories',
  'tags',
  'authors',
  'photo-credits',
  'users',
  'metrics',
  'revisions',
  'activity',
] as const;
export type ResourceName = (typeof resourceNames)[number];

/** The writable resources and the schema that validates their input, on the client and the server. */
export const inputSchemas = (now?: Clock) =>
  ({
    articles: makeArticleInputSchema(now),
    categories: categoryInputSchema,
    tags: tagInputSchema,
    authors: authorInputSchema,
    'photo-credits': photoCreditInputSchema,
    users: userInputSchema,
  }) satisfies Record<string, z.ZodType>;
export type WritableResource = keyof ReturnType<typeof inputSchemas>;
