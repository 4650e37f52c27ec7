import { z } from 'zod';
import { articleInputObject } from './article';
import { idSchema, isoDateTime } from './common';

/** A read-only snapshot of an article, stored on every successful save. */
export const revisionSchema = z.object({
  id: idSchema,
  articleId: idSchema,
  version: z.number().int().positive(),
  snapshot: articleInputObject,
  createdAt: isoDateTime,
  createdBy: idSchema.nullable(),
  /** The saver's name at the time (users are admin-only, yet editors read the history). */
  createdByName: z.string().nullable().optional(),
});
export type Revision = z.infer<typeof revisionSchema>;
