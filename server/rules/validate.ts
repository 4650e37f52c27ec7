import type { z } from 'zod';
import { msg } from '../../src/schemas';

export type FieldErrors = Record<string, string>;

/** zod issues → `{field: messageKey}`, nested paths joined with dots; first issue per field wins. */
export const fieldErrors = (error: z.ZodError): FieldErrors => {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || '_';
    // Type mismatches carry zod's own English text; the contract promises message keys.
    if (!out[field]) out[field] = issue.message.startsWith('nd.') ? issue.message : msg.invalid;
  }
  return out;
};

/** Fields whose value differs (JSON comparison; the records are plain data). */
export const changedFields = (before: object, after: object, fields: string[]): string[] =>
  fields.filter(
    (f) =>
      JSON.stringify((before as Record<string, unknown>)[f]) !== JSON.stringify((after as Record<string, unknown>)[f]),
  );
