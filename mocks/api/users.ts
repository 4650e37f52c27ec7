import { msg, type Activity, type Revision, type User, type UserInput } from '../../src/schemas';
import type { StoredActivity, StoredRevision, StoredUser } from '../db/types';
import { audit, refuse, type ResourceDef } from './endpoint';
import { hashPassword, randomToken, temporaryPassword } from './password';
import { accountRefusal, isLastActiveAdmin } from './userRules';

export const usersDef: ResourceDef<StoredUser, User> = {
  name: 'users',
  table: (db) => db.users,
  label: (u) => u.email,
  write: {
    schema: 'users',
    check: (ctx, input, existing) => {
      const u = input as UserInput;
      if (u.authorId !== null && !ctx.db.authors.get(u.authorId)) return refuse(400, 'Invalid author', { authorId: msg.invalid });
      for (const other of ctx.db.users.rows.values()) {
        if (other.email === u.email && other.id !== existing?.id) {
          return refuse(409, `The email ${u.email} is already used`, { email: msg.duplicateEmail });
        }
      }
      return existing ? accountRefusal(ctx, existing, u) : null;
    },
    toRow: (ctx, input, existing, id) => ({
      ...(input as UserInput),
      id,
      ...audit(ctx, existing),
      lastLoginAt: existing?.lastLoginAt ?? null,
    }),
    inUse: (ctx, u) =>
      u.id === ctx.user.id
        ? 'You cannot delete your own account'
        : isLastActiveAdmin(ctx.db, u)
          ? 'The last active admin cannot be deleted'
          : null,
    drop: ({ db }, id) => {
      db.remove(db.users, id);
      for (const [token, s] of db.sessions) if (s.userId === id) db.setSession(token, null);
    },
    /** A new user gets a temporary password, returned once and stored only as a hash. */
    after: async ({ db }, row, created) => {
      if (!created) return;
      const password = temporaryPassword();
      const salt = randomToken(8);
      db.setCredential(row.id, { salt, hash: await hashPassword(salt, password) });
      return { temporaryPassword: password };
    },
  },
};

export const revisionsDef: ResourceDef<StoredRevision, Revision> = {
  name: 'revisions',
  table: (db) => db.revisions,
  defaultSort: ['version', 'DESC'],
  label: (r) => `v${r.version}`,
};

export const activityDef: ResourceDef<StoredActivity, Activity> = {
  name: 'activity',
  table: (db) => db.activity,
  defaultSort: ['at', 'DESC'],
  label: (a) => a.label,
};
