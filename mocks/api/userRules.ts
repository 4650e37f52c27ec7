import type { User, UserInput } from '../../src/schemas';
import type { Db } from '../db';
import { refuse, type Refusal, type WriteContext } from './endpoint';

export const userErrors = {
  ownRole: 'resources.users.errors.own_role',
  ownActive: 'resources.users.errors.own_active',
  lastAdminRole: 'resources.users.errors.last_admin_role',
  lastAdminActive: 'resources.users.errors.last_admin_active',
} as const;

/** True when `u` is the only active admin: without them nobody could manage users any more. */
export const isLastActiveAdmin = (db: Db, u: Pick<User, 'id' | 'role' | 'active'>): boolean => {
  if (u.role !== 'admin' || !u.active) return false;
  for (const other of db.users.rows.values()) if (other.id !== u.id && other.role === 'admin' && other.active) return false;
  return true;
};

/**
 * Account rules an update must keep (409, with the message under the field it concerns):
 * nobody changes their own role or deactivates themselves, and the last active admin stays an
 * active admin, so the newsroom can never lock itself out.
 */
export const accountRefusal = (ctx: WriteContext, existing: User, next: UserInput): Refusal | null => {
  const demoted = existing.role === 'admin' && next.role !== 'admin';
  const deactivated = existing.active && !next.active;
  // Checked first: only the last admin themselves can reach it, and it says more than "own role".
  if ((demoted || deactivated) && isLastActiveAdmin(ctx.db, existing)) {
    return demoted
      ? refuse(409, 'The last active admin cannot be demoted', { role: userErrors.lastAdminRole })
      : refuse(409, 'The last active admin cannot be deactivated', { active: userErrors.lastAdminActive });
  }
  if (existing.id === ctx.user.id) {
    if (next.role !== existing.role) return refuse(409, 'You cannot change your own role', { role: userErrors.ownRole });
    if (deactivated) return refuse(409, 'You cannot deactivate your own account', { active: userErrors.ownActive });
  }
  return null;
};
