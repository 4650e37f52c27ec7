import { z } from 'zod';
import { auditFields, requiredText, slugSchema } from './common';

export const tagInputSchema = z.object({
  name: requiredText(100),
  slug: slugSchema,
});
export type TagInput = z.infer<typeof tagInputSchema>;

export const tagSchema = tagInputSchema.extend({
  ...auditFields,
  articleCount: z.number().int().nonnegative(),
});
export type Tag = z.infer<typeof tagSchema>;
