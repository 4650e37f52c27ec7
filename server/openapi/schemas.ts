import { z } from 'zod';
import {
  activitySchema, articleInputObject, articleSchema, articleStatuses, authorInputSchema, authorSchema,
  categoryInputSchema, categorySchema, idSchema, loginSchema, metricSchema, photoCreditInputSchema,
  photoCreditSchema, revisionSchema, sharesByNetworkSchema, tagInputSchema, tagSchema, userInputSchema, userSchema,
} from '../../src/schemas';

/**
 * The zod schemas the OpenAPI document is generated from. Records and request bodies are the
 * schemas the server validates with (src/schemas); the few bodies the rules check by hand
 * (tag merge, restore, spike review) and the metrics answers are described here.
 */

const count = z.number().int().nonnegative();
const isoDate = z.iso.date();
const period = z.object({ from: isoDate, to: isoDate });
const totals = z.object({ views: count, shares: count, byNetwork: sharesByNetworkSchema });

export const apiError = z.object({
  message: z.string(),
  errors: z.record(z.string(), z.string()).optional().describe('Field (dotted for nested ones) to an i18n message key'),
  record: z.object({}).loose().optional().describe('409 on a stale version: the current record'),
  missing: z.array(z.string()).optional().describe('400 from the publish checklist: what is missing'),
  requestId: z.string().optional().describe('500: the id of the request in the server log'),
});

const review = z.object({
  id: idSchema, articleId: idSchema, date: isoDate, note: z.string(), reviewedBy: idSchema,
  reviewerName: z.string().nullable(), reviewedAt: z.iso.datetime({ offset: true }),
});

/** Named schemas, referenced from the paths as `#/components/schemas/NAME`. */
export const components = {
  Error: apiError,
  Article: articleSchema,
  ArticleInput: articleInputObject,
  Category: categorySchema,
  CategoryInput: categoryInputSchema,
  Tag: tagSchema,
  TagInput: tagInputSchema,
  Author: authorSchema,
  AuthorInput: authorInputSchema,
  PhotoCredit: photoCreditSchema,
  PhotoCreditInput: photoCreditInputSchema,
  User: userSchema,
  UserInput: userInputSchema,
  CreatedUser: userSchema.extend({ temporaryPassword: z.string().describe('Shown once') }),
  Revision: revisionSchema,
  Activity: activitySchema.extend({ userName: z.string().nullable() }),
  Metric: metricSchema,
  Login: loginSchema,
  Session: z.object({ token: z.string().describe('Bearer token, valid for 12 hours'), user: userSchema }),
  TagMerge: z.object({ keepId: idSchema, mergeIds: z.array(idSchema).min(1) }),
  TagMergeResult: z.object({ data: tagSchema, changedArticles: count, removedTagIds: z.array(idSchema) }),
  Restore: z.object({ revisionId: idSchema, version: z.number().int().positive().describe('The version the editor was looking at') }),
  StatusCounts: z.object({ counts: z.object(Object.fromEntries(articleStatuses.map((s) => [s, count]))), total: count }),
  TemporaryPassword: z.object({ id: idSchema, temporaryPassword: z.string() }),
  Summary: z.object({ period, previousPeriod: period, totals, previous: totals }),
  Series: z.object({ period, days: z.array(totals.extend({ date: isoDate })) }),
  ArticleSeries: z.object({ articleId: idSchema, period, days: z.array(totals.extend({ date: isoDate })) }),
  Top: z.object({
    period,
    by: z.enum(['views', 'shares']),
    items: z.array(z.object({
      articleId: idSchema, title: z.string(), lang: z.enum(['en', 'ar']), categoryId: idSchema.nullable(),
      sectionId: idSchema.nullable(), sectionName: z.object({ en: z.string(), ar: z.string() }).nullable(),
      authorId: idSchema.nullable(), authorName: z.string().nullable(), publishedAt: z.string().nullable(),
      views: count, shares: count, trend: z.array(count),
    })),
  }),
  Breakdown: z.object({
    period,
    by: z.enum(['section', 'category', 'language', 'author']),
    items: z.array(totals.extend({ key: z.union([z.number(), z.string()]), name: z.unknown() })),
  }),
  Spikes: z.object({
    period, multiple: z.number(), total: count, unreviewed: count,
    items: z.array(z.object({
      id: z.string(), articleId: idSchema, date: isoDate, views: count, median: z.number(), ratio: z.number(),
      title: z.string(), lang: z.enum(['en', 'ar']), categoryId: idSchema.nullable(),
      review: review.omit({ id: true, articleId: true, date: true }).nullable(),
    })),
  }),
  SpikeReview: z.object({ note: z.string().max(500).optional(), multiple: z.number().min(1.5).max(100).optional() }),
  Review: review,
  Health: z.object({ status: z.enum(['ok', 'unavailable']), database: z.enum(['ok', 'unreachable']) }),
  Meta: z.object({
    demo: z.object({ resetByAnyone: z.boolean() }).nullable().describe('Non-null when the database holds the demo newsroom'),
  }),
} satisfies Record<string, z.ZodType>;

export type ComponentName = keyof typeof components;

/** Schemas of request bodies are read as input (defaults make fields optional). */
export const inputComponents = new Set<ComponentName>([
  'ArticleInput', 'CategoryInput', 'TagInput', 'AuthorInput', 'PhotoCreditInput', 'UserInput', 'Login',
  'TagMerge', 'Restore', 'SpikeReview',
]);
