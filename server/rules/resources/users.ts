import { msg, type Activity, type Revision, type User, type UserInput } from '../../../src/schemas';
import type { ActivityRow, Db, RevisionRow, UserRow } from '../../store/types';
import { audit } from '../audit';
import { temporaryPassword } from '../auth/tokens';
import type { Ctx } from '../context';
import { fail } from '../errors';
import { defineResource } from '../resource';

export const userErrors = {
  ownRole: 'resources.users.errors.own_role',
  ownActive: 'resources.users.errors.own_active',
  lastAdminRole: 'resources.users.errors.last_admin_role',
  lastAdminActive: 'resources.users.errors.last_admin_active',
} as const;

/** True when `u` is the only active admin: without them nobody could manage users any more. */
export const isLastActiveAdmin = async (db: Db, u: Pick<User, 'id' | 'role' | 'active'>): Promise<boolean> => {
  if (u.role !== 'admin' || !u.active) return false;
  const others = await db.users.list({
    where: [
      { field: 'role', op: 'in', values: ['admin'] },
      { field: 'active', op: 'in', values: [true] },
      { field: 'id', op: 'nin', values: [u.id] },
    ],
    sort: [['id', 'ASC']],
    range: [0, 0],
  });
  return others.total === 0;
};

/**
 * Account rules an update must keep (409, with the message under the field it concerns):
 * nobody changes their own role or deactivates themselves, and the last active admin stays an
 * active admin, so the newsroom can never lock itself out.
 */
const checkAccount = async (ctx: Ctx, existing: User, next: UserInput): Promise<void> => {
  const demoted = existing.role === 'admin' && next.role !== 'admin';
  const deactivated = existing.active && !next.active;
  // Checked first: only the last admin themselves can reach it, and it says more than "own role".
  if ((demoted || deactivated) && (await isLastActiveAdmin(ctx.db, existing))) {
    if (demoted) fail(409, 'The last active admin cannot be demoted', { errors: { role: userErrors.lastAdminRole } });
    fail(409, 'The last active admin cannot be deactivated', { errors: { active: userErrors.lastAdminActive } });
  }
  if (existing.id === ctx.user.id) {
    if (next.role !== existing.role) fail(409, 'You cannot change your own role', { errors: { role: userErrors.ownRole } });
    if (deactivated) fail(409, 'You cannot deactivate your own account', { errors: { active: userErrors.ownActive } });
  }
};

export const users = defineResource<User, UserRow>({
  name: 'users',
  collection: (db) => db.users,
  defaultSort: ['id', 'ASC'],
  label: (u) => u.email,
  write: {
    schema: 'users',
    conflicts: { email: msg.duplicateEmail },
    check: async (ctx, input, existing) => {
      if (existing) await checkAccount(ctx, existing, input as UserInput);
    },
    toRow: (ctx, input, existing) => ({ ...(input as UserInput), ...audit(ctx, existing), lastLoginAt: existing?.lastLoginAt ?? null }),
    beforeDelete: async (ctx, u) => {
      if (u.id === ctx.user.id) fail(409, 'You cannot delete your own account');
      if (await isLastActiveAdmin(ctx.db, u)) fail(409, 'The last active admin cannot be deleted');
    },
    /** A new user gets a temporary password, answered once and stored only as a hash; a deactivated one is signed out everywhere. */
    after: async (ctx, u, created) => {
      if (!u.active) await ctx.db.sessions.removeForUser(u.id);
      if (!created) return;
      const password = temporaryPassword();
      await ctx.db.credentials.set(u.id, await ctx.deps.passwords.hash(password));
      return { temporaryPassword: password };
    },
  },
});

export const revisions = defineResource<Revision, RevisionRow>({
  name: 'revisions',
  collection: (db) => db.revisions,
  defaultSort: ['version', 'DESC'],
  label: (r) => `v${r.version}`,
});

export const activity = defineResource<Activity, ActivityRow>({
  name: 'activity',
  collection: (db) => db.activity,
  defaultSort: ['at', 'DESC'],
  label: (a) => a.label,
});
