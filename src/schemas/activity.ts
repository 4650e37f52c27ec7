import { z } from 'zod';
import { idSchema, isoDateTime } from './common';

export const activityActions = ['create', 'update', 'delete'] as const;

/** A read-only entry of the activity log, written by the server on every change. */
export const activitySchema = z.object({
  id: idSchema,
  at: isoDateTime,
  userId: idSchema.nullable(),
  action: z.enum(activityActions),
  resource: z.string(),
  recordId: idSchema,
  /** Fields whose value changed (every field on create and delete). */
  changedFields: z.array(z.string()),
  /** A short human label of the record at the time (title, name, email). */
  label: z.string(),
});
export type Activity = z.infer<typeof activitySchema>;
