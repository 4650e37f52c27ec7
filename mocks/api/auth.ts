import { http } from 'msw';
import { loginSchema } from '../../src/schemas';
import { nowIso, nowMs } from '../clock';
import { getDb } from '../db';
import { fail, ok, readBody } from './http';
import { hashPassword, randomToken } from './password';
import { currentUser, SESSION_MS } from './session';

const WRONG = 'Wrong email or password';

export const authHandlers = [
  http.post('*/api/auth/login', async ({ request }) => {
    const parsed = loginSchema.safeParse(await readBody(request));
    if (!parsed.success) return fail(401, WRONG);
    const db = getDb();
    const user = [...db.users.rows.values()].find((u) => u.email === parsed.data.email);
    const cred = user && db.credentials.get(user.id);
    if (!user || !cred || (await hashPassword(cred.salt, parsed.data.password)) !== cred.hash) {
      return fail(401, WRONG);
    }
    // Told only after the right password, so it reveals nothing to someone guessing.
    if (!user.active) return fail(403, 'This account is deactivated');
    const token = randomToken();
    db.setSession(token, { userId: user.id, expiresAt: nowMs() + SESSION_MS });
    const signedIn = { ...user, lastLoginAt: nowIso() };
    db.put(db.users, signedIn);
    return ok({ token, user: signedIn });
  }),
  http.get('*/api/auth/me', ({ request }) => {
    const who = currentUser(request);
    return who ? ok(who.user) : fail(401, 'Authentication required');
  }),
  http.post('*/api/auth/logout', ({ request }) => {
    const who = currentUser(request);
    if (who) getDb().setSession(who.token, null);
    return ok({});
  }),
];
