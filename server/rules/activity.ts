import type { Activity } from '../../src/schemas';
import type { Ctx } from './context';

/** Appends one entry to the activity log (every create, update and delete of every resource). */
export const logActivity = async (
  ctx: Ctx,
  entry: Pick<Activity, 'action' | 'resource' | 'recordId' | 'changedFields' | 'label'>,
  /** Null for changes the server makes on its own (scheduled publishing). */
  user: Ctx['user'] | null = ctx.user,
): Promise<void> => {
  await ctx.db.activity.insert({ at: ctx.now, userId: user?.id ?? null, userName: user?.name ?? null, ...entry });
};
