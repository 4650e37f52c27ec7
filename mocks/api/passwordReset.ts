import { http } from 'msw';
import { nowIso } from '../clock';
import { getDb } from '../db';
import { logActivity } from './activity';
import { fail, ok } from './http';
import { hashPassword, randomToken, temporaryPassword } from './password';
import { authorize } from './session';

/**
 * `POST /api/users/:id/reset-password` (admins): a new temporary password, answered once
 * (`{temporaryPassword}`) and stored only as a hash. The user's other open sessions end, since
 * a reset usually means the old password is no longer trusted.
 */
export const passwordResetHandler = http.post('*/api/users/:id/reset-password', async ({ request, params }) => {
  const who = authorize(request, 'users', 'reset');
  if (who instanceof Response) return who;
  const db = getDb();
  const user = db.users.get(Number(params.id));
  if (!user) return fail(404, `No users record with id ${String(params.id)}`);
  const password = temporaryPassword();
  const salt = randomToken(8);
  db.setCredential(user.id, { salt, hash: await hashPassword(salt, password) });
  for (const [token, s] of db.sessions) if (s.userId === user.id && token !== who.token) db.setSession(token, null);
  logActivity({ db, user: who.user, now: nowIso() }, {
    action: 'update', resource: 'users', recordId: user.id, label: user.email, changedFields: ['password'],
  });
  return ok({ id: user.id, temporaryPassword: password });
});
