import type { User } from '../../../src/schemas';
import { can } from '../../../src/providers/permissions';
import type { Deps, Ctx } from '../context';
import { nowIso } from '../context';
import { fail } from '../errors';
import { hashToken } from './tokens';

export const SESSION_MS = 12 * 3_600_000;

const bearer = (header: string | null | undefined) => /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];

/**
 * The signed-in user of a request, or null: no token, an unknown or expired one (removed on
 * sight), or a user since deleted or deactivated.
 */
export const currentUser = async (deps: Deps, authorization: string | null | undefined): Promise<{ user: User; tokenHash: string } | null> => {
  const token = bearer(authorization);
  if (!token) return null;
  const tokenHash = await hashToken(token);
  const { db } = deps.store;
  const session = await db.sessions.find(tokenHash);
  if (!session) return null;
  if (session.expiresAt <= deps.clock()) {
    await db.sessions.remove(tokenHash);
    return null;
  }
  const user = await db.users.get(session.userId);
  return user && user.active ? { user, tokenHash } : null;
};

/** 401 without a valid session, 403 when the role table denies `action` on `resource`. */
export const authorize = async (deps: Deps, authorization: string | null | undefined, resource: string, action: string): Promise<Ctx> => {
  const who = await currentUser(deps, authorization);
  if (!who) return fail(401, 'Authentication required');
  if (!can(who.user.role, resource, action)) fail(403, `Your role (${who.user.role}) may not ${action} ${resource}`);
  return { deps, db: deps.store.db, user: who.user, tokenHash: who.tokenHash, now: nowIso(deps) };
};
