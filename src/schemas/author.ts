import { z } from 'zod';
import { auditFields, bilingualOptional, optionalEmail, optionalUrl, requiredText } from './common';

export const authorKinds = ['staff', 'agency', 'contributor'] as const;
export const authorKindSchema = z.enum(authorKinds);

export const authorInputSchema = z.object({
  name: requiredText(200),
  kind: authorKindSchema.default('staff'),
  bio: bilingualOptional.default({ en: '', ar: '' }),
  email: optionalEmail,
  avatarUrl: optionalUrl,
  website: optionalUrl,
});
export type AuthorInput = z.infer<typeof authorInputSchema>;

export const authorSchema = authorInputSchema.extend({
  ...auditFields,
  articleCount: z.number().int().nonnegative(),
});
export type Author = z.infer<typeof authorSchema>;
