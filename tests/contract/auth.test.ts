import type { User } from '../../src/schemas';
import { call, NOW, withBackend, login, setClock } from './backend';

withBackend();

describe('authentication', () => {
  test('login returns a token and the user, and records lastLoginAt', async () => {
    const res = await call(undefined, 'POST', '/auth/login', {
      email: 'Admin@Newsdesk.test',
      password: 'newsdesk',
    });
    expect(res.status).toBe(200);
    const user = res.json?.user as User;
    expect(user).toMatchObject({
      email: 'admin@newsdesk.test',
      role: 'admin',
      lastLoginAt: new Date(NOW).toISOString(),
    });
    expect(user).not.toHaveProperty('password');
    const me = await call(String(res.json?.token), 'GET', '/auth/me');
    expect(me.json).toMatchObject({ id: user.id, role: 'admin' });
  });

  test('401 for a wrong password or an unknown email; 403 for a deactivated account', async () => {
    const former = await call(undefined, 'POST', '/auth/login', {
      email: 'former@newsdesk.test',
      password: 'newsdesk',
    });
    expect(former.status).toBe(403);
    expect(former.json).toMatchObject({ message: 'This account is deactivated' });
    const guessed = await call(undefined, 'POST', '/auth/login', {
      email: 'former@newsdesk.test',
      password: 'wrong',
    });
    expect(guessed.status).toBe(401);
    for (const body of [
      { email: 'admin@newsdesk.test', password: 'wrong' },
      { email: 'nobody@newsdesk.test', password: 'newsdesk' },
      { email: 'not an email', password: '' },
    ]) {
      const res = await call(undefined, 'POST', '/auth/login', body);
      expect(res.status).toBe(401);
      expect(res.json).toHaveProperty('message');
    }
  });

  test('logout ends the session', async () => {
    const token = await login('editor@newsdesk.test');
    await call(token, 'POST', '/auth/logout');
    expect((await call(token, 'GET', '/articles')).status).toBe(401);
  });

  test('a session expires after 12 hours of the backend clock', async () => {
    const token = await login('editor@newsdesk.test');
    setClock(() => NOW + 12 * 3_600_000 - 1);
    expect((await call(token, 'GET', '/auth/me')).status).toBe(200);
    setClock(() => NOW + 12 * 3_600_000);
    expect((await call(token, 'GET', '/auth/me')).status).toBe(401);
  });

  test('deactivating a user stops their session at once', async () => {
    const admin = await login('admin@newsdesk.test');
    const editor = await login('editor@newsdesk.test');
    const me = (await call(editor, 'GET', '/auth/me')).json as User;
    expect((await call(admin, 'PUT', `/users/${me.id}`, { active: false })).status).toBe(200);
    expect((await call(editor, 'GET', '/articles')).status).toBe(401);
  });

  test('demo reset restores the seed and keeps the caller signed in', async () => {
    const token = await login('moderator@newsdesk.test');
    const admin = await login('admin@newsdesk.test');
    await call(admin, 'DELETE', '/articles/2');
    expect((await call(token, 'GET', '/articles/2')).status).toBe(404);
    expect((await call(token, 'POST', '/demo/reset')).status).toBe(200);
    expect((await call(token, 'GET', '/articles/2')).status).toBe(200);
    expect((await call(admin, 'GET', '/articles/2')).status).toBe(401);
    expect((await call(token, 'GET', '/articles?range=[0,0]')).headers.get('Content-Range')).toMatch(/\/200$/);
  });
});
