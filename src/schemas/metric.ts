import { z } from 'zod';
import { idSchema } from './common';

export const networks = ['facebook', 'x', 'whatsapp', 'telegram', 'email'] as const;
export type Network = (typeof networks)[number];

export const sharesByNetworkSchema = z.object({
  facebook: z.number().int().nonnegative(),
  x: z.number().int().nonnegative(),
  whatsapp: z.number().int().nonnegative(),
  telegram: z.number().int().nonnegative(),
  email: z.number().int().nonnegative(),
});
export type SharesByNetwork = z.infer<typeof sharesByNetworkSchema>;

/** A read-only daily row: one article, one day (YYYY-MM-DD, UTC). */
export const metricSchema = z.object({
  id: idSchema,
  articleId: idSchema,
  date: z.iso.date(),
  views: z.number().int().nonnegative(),
  shares: sharesByNetworkSchema,
});
export type Metric = z.infer<typeof metricSchema>;
