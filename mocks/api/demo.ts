import { http } from 'msw';
import { getDb, resetDb } from '../db';
import { fail, ok } from './http';
import { currentUser } from './session';

/** Restores the seed (embedded backend only); the caller stays signed in if the seed knows them. */
export const demoHandlers = [
  http.post('*/api/demo/reset', ({ request }) => {
    const who = currentUser(request);
    if (!who) return fail(401, 'Authentication required');
    const session = getDb().sessions.get(who.token)!;
    const db = resetDb();
    db.onChange?.({ kind: 'reset' });
    if (db.users.get(session.userId)) db.setSession(who.token, session);
    return ok({});
  }),
];
