import type { User } from '../../src/schemas';
import { can } from '../../src/providers/permissions';
import { nowMs } from '../clock';
import { getDb } from '../db';
import { fail } from './http';

export const SESSION_MS = 12 * 3_600_000;

/** The signed-in user of a request, or null (no token, unknown, expired, user gone or inactive). */
export const currentUser = (request: Request): { user: User; token: string } | null => {
  const m = /^Bearer\s+(\S+)$/i.exec(request.headers.get('Authorization') ?? '');
  if (!m) return null;
  const db = getDb();
  const session = db.sessions.get(m[1]);
  if (!session) return null;
  if (session.expiresAt <= nowMs()) {
    db.setSession(m[1], null);
    return null;
  }
  const user = db.users.get(session.userId);
  return user && user.active ? { user, token: m[1] } : null;
};

/** 401 without a valid session, 403 when the role table denies `action` on `resource`. */
export const authorize = (
  request: Request,
  resource: string,
  action: string,
): { user: User; token: string } | Response => {
  const who = currentUser(request);
  if (!who) return fail(401, 'Authentication required');
  if (!can(who.user.role, resource, action)) {
    return fail(403, `Your role (${who.user.role}) may not ${action} ${resource}`);
  }
  return who;
};
