import { z } from 'zod';
import { msg } from './messages';
import { auditFields, idSchema, isoDateTime, requiredText } from './common';

export const roles = ['admin', 'editor', 'moderator'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const userInputSchema = z.object({
  name: requiredText(200),
  email: z.string().trim().toLowerCase().pipe(z.email({ message: msg.email })),
  role: roleSchema,
  active: z.boolean().default(true),
  authorId: idSchema.nullable().default(null),
});
export type UserInput = z.infer<typeof userInputSchema>;

export const userSchema = userInputSchema.extend({
  ...auditFields,
  lastLoginAt: isoDateTime.nullable(),
});
export type User = z.infer<typeof userSchema>;

export const loginSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email({ message: msg.email })),
  password: z.string().min(1, msg.required),
});
export type LoginInput = z.infer<typeof loginSchema>;
