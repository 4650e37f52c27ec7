import { z } from 'zod';
import { auditFields, bilingualRequired, idSchema, slugSchema } from './common';

export const categoryInputSchema = z.object({
  name: bilingualRequired,
  slug: slugSchema,
  parentId: idSchema.nullable().default(null),
  position: z.number().int().nonnegative().default(0),
});
export type CategoryInput = z.infer<typeof categoryInputSchema>;

export const categorySchema = categoryInputSchema.extend({
  ...auditFields,
  articleCount: z.number().int().nonnegative(),
});
export type Category = z.infer<typeof categorySchema>;
