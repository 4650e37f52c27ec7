import type { Activity } from '../../src/schemas';
import type { WriteContext } from './endpoint';

/** Appends one entry to the activity log (every create, update and delete of every resource). */
export const logActivity = (
  ctx: WriteContext,
  entry: Pick<Activity, 'action' | 'resource' | 'recordId' | 'changedFields' | 'label'>,
): void => {
  const { db } = ctx;
  db.put(db.activity, { id: db.activity.nextId, at: ctx.now, userId: ctx.user.id, ...entry });
};
