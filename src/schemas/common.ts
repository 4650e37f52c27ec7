import { z } from 'zod';
import { msg } from './messages';

// The dashboard runs under a Content-Security-Policy without 'unsafe-eval', where zod's probe
// for compiled parsers (`new Function`) fails and is reported as a violation on every load;
// zod then interprets schemas anyway, so say so up front. The server keeps the compiled ones.
if (typeof window !== 'undefined') z.config({ jitless: true });

export const idSchema = z.number().int().positive();
export const isoDateTime = z.iso.datetime({ offset: true, message: msg.date });
export const slugSchema = z
  .string({ message: msg.required })
  .trim()
  .min(1, msg.required)
  .max(200, msg.tooLong)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, msg.slug);

export const requiredText = (max: number) =>
  z.string({ message: msg.required }).trim().min(1, msg.required).max(max, msg.tooLong);
export const optionalText = (max: number) => z.string().trim().max(max, msg.tooLong).default('');
/** An absolute http(s) URL, or the empty string for "none". */
export const optionalUrl = z
  .union([z.literal(''), z.url({ protocol: /^https?$/, message: msg.url })])
  .default('');
export const optionalEmail = z.union([z.literal(''), z.email({ message: msg.email })]).default('');

/** A pair of texts in the site's two languages. */
export const bilingualRequired = z.object({ en: requiredText(200), ar: requiredText(200) });
export const bilingualOptional = z.object({
  en: optionalText(5000),
  ar: optionalText(5000),
});

/** Fields every stored record carries, owned by the server. */
export const auditFields = {
  id: idSchema,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  createdBy: idSchema.nullable(),
  updatedBy: idSchema.nullable(),
  /** Goes up by one on every save; a save from an older version is refused (409). */
  version: z.number().int().positive(),
};

/** The clock the rules judge time against; tests and the embedded backend inject their own. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
