import { can } from '../../src/providers/permissions';
import { buildSeed } from '../seed';
import type { Deps } from './context';
import { currentUser } from './auth/session';
import { fail } from './errors';

/**
 * `POST /demo/reset` (demo data only): restores the seed; the caller stays signed in when the
 * seed knows them. A production database has no demo data and answers 404.
 */
export const resetDemo = async (deps: Deps, authorization: string | null | undefined) => {
  if (!deps.demo) return fail(404, 'There is no demo data to reset');
  const who = await currentUser(deps, authorization);
  if (!who) return fail(401, 'Authentication required');
  // In a browser demo the data is the user's own; on a shared server only an admin resets it.
  if (!deps.demo.resetByAnyone && !can(who.user.role, 'demo', 'reset')) fail(403, 'Only an admin may reset the demo data');
  const session = await deps.store.db.sessions.find(who.tokenHash);
  await deps.store.load(buildSeed(deps.demo.seedSize, deps.clock()));
  if (session && (await deps.store.db.users.get(session.userId))) await deps.store.db.sessions.create(session);
  return {};
};
