import { z } from 'zod';
import { auditFields, optionalText, requiredText } from './common';

export const licenses = ['agency', 'staff', 'handout', 'creative-commons', 'other'] as const;
export const licenseSchema = z.enum(licenses);

export const photoCreditInputSchema = z.object({
  photographer: requiredText(200),
  agency: optionalText(200),
  license: licenseSchema.default('agency'),
  notes: optionalText(2000),
});
export type PhotoCreditInput = z.infer<typeof photoCreditInputSchema>;

export const photoCreditSchema = photoCreditInputSchema.extend({
  ...auditFields,
  usageCount: z.number().int().nonnegative(),
});
export type PhotoCredit = z.infer<typeof photoCreditSchema>;

// Lives with the other credit-line code, free of zod, so the menu's record names can use it.
export { creditLine } from '../lib/creditLine';
