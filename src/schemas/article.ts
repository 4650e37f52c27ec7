import { z } from 'zod';
import { msg } from './messages';
import {
  auditFields,
  idSchema,
  isoDateTime,
  optionalText,
  requiredText,
  slugSchema,
  systemClock,
  type Clock,
} from './common';
import { articleStatuses, languages } from './enums';

export { articleStatuses, languages } from './enums';
export const articleStatusSchema = z.enum(articleStatuses);
export type ArticleStatus = z.infer<typeof articleStatusSchema>;

export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

export const featuredImageSchema = z.object({
  url: z.url({ protocol: /^https?$/, message: msg.url }),
  alt: z.string().trim().min(1, msg.altRequired).max(300, msg.tooLong),
  caption: optionalText(500),
  photoCreditId: idSchema.nullable().default(null),
});
export type FeaturedImage = z.infer<typeof featuredImageSchema>;

/** What a client may send on create and update; unknown and server-owned keys are dropped. */
export const articleInputObject = z.object({
  title: requiredText(300),
  slug: slugSchema,
  lang: languageSchema,
  translationOf: idSchema.nullable().default(null),
  summary: optionalText(1000),
  body: z.string().max(2_000_000, msg.tooLong).default(''),
  categoryId: idSchema.nullable().default(null),
  // A tag named twice is one tag: stored and counted once, in the order first named.
  tagIds: z
    .array(idSchema)
    .max(50, msg.tooLong)
    .transform((ids) => [...new Set(ids)])
    .default([]),
  authorId: idSchema.nullable().default(null),
  featuredImage: featuredImageSchema.nullable().default(null),
  status: articleStatusSchema.default('draft'),
  publishAt: isoDateTime.nullable().default(null),
  isBreaking: z.boolean().default(false),
  isFeatured: z.boolean().default(false),
  slugLine: optionalText(100),
  copyright: optionalText(200),
  seoTitle: optionalText(70),
  seoDescription: optionalText(160),
});

/** Cross-field rules, judged against an injectable clock. */
export const makeArticleInputSchema = (now: Clock = systemClock) =>
  articleInputObject.superRefine((a, ctx) => {
    if (a.status === 'scheduled') {
      if (!a.publishAt) {
        ctx.addIssue({ code: 'custom', path: ['publishAt'], message: msg.publishAtRequired });
      } else if (Date.parse(a.publishAt) <= now().getTime()) {
        ctx.addIssue({ code: 'custom', path: ['publishAt'], message: msg.publishAtFuture });
      }
    }
  });
export const articleInputSchema = makeArticleInputSchema();
export type ArticleInput = z.infer<typeof articleInputObject>;

export const articleSchema = articleInputObject.extend({
  ...auditFields,
  publishedAt: isoDateTime.nullable(),
  views: z.number().int().nonnegative(),
  shares: z.number().int().nonnegative(),
});
export type Article = z.infer<typeof articleSchema>;
