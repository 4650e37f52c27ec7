import type { Ctx } from './context';

/** Audit fields the server owns, for a new row or an update of `existing`. */
export const audit = (ctx: Ctx, existing: { createdAt: string; createdBy: number | null } | undefined) => ({
  createdAt: existing?.createdAt ?? ctx.now,
  createdBy: existing ? existing.createdBy : ctx.user.id,
  updatedAt: ctx.now,
  updatedBy: ctx.user.id,
});

/** Every key but the server-owned ones: what a plain record stores from its input. */
export const plainRow = <W>(ctx: Ctx, input: Record<string, unknown>, existing: { createdAt: string; createdBy: number | null } | undefined) =>
  ({ ...input, ...audit(ctx, existing) }) as W;
