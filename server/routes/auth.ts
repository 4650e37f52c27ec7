import type { Hono } from 'hono';
import type { Deps } from '../rules/context';
import { login } from '../rules/auth/login';
import { currentUser } from '../rules/auth/session';
import { resetDemo } from '../rules/demo';
import { fail } from '../rules/errors';
import { json, optionalBody } from './respond';

export const authRoutes = (app: Hono, deps: Deps): void => {
  app.post('/auth/login', async (c) => {
    const session = await login(deps, await optionalBody(c));
    c.set('userId', session.user.id);
    return json(c, session);
  });
  app.get('/auth/me', async (c) => {
    const me = await currentUser(deps, c.req.header('Authorization'));
    if (me) c.set('userId', me.user.id);
    return me ? json(c, me.user) : fail(401, 'Authentication required');
  });
  app.post('/auth/logout', async (c) => {
    const me = await currentUser(deps, c.req.header('Authorization'));
    if (me) c.set('userId', me.user.id);
    if (me) await deps.store.db.sessions.remove(me.tokenHash);
    return json(c, {});
  });
  app.post('/demo/reset', async (c) => json(c, await resetDemo(deps, c.req.header('Authorization'))));
};
