import type { Article, User } from '../../../src/schemas';
import { call, signIn, withBackend, login } from '../backend';

withBackend();

const me = async (token: string) => (await call(token, 'GET', '/auth/me')).json as unknown as User;

describe('user account rules', () => {
  const secondAdmin = async (admin: string, active = true) => {
    const res = await call(admin, 'POST', '/users', { name: 'Second Admin', email: 'second@newsdesk.test', role: 'admin', active });
    expect(res.status).toBe(201);
    return res.json as unknown as User & { temporaryPassword: string };
  };

  test('the last active admin cannot be demoted or deactivated (409 under the field)', async () => {
    const admin = await login('admin@newsdesk.test');
    const self = await me(admin);
    // An inactive admin does not count: the signed-in admin is still the last active one.
    await secondAdmin(admin, false);
    const role = await call(admin, 'PUT', `/users/${self.id}`, { role: 'editor' });
    expect(role.status).toBe(409);
    expect(role.json?.errors).toEqual({ role: 'resources.users.errors.last_admin_role' });
    const active = await call(admin, 'PUT', `/users/${self.id}`, { active: false });
    expect(active.json?.errors).toEqual({ active: 'resources.users.errors.last_admin_active' });
  });

  test('with another active admin, nobody still changes their own role or deactivates themselves', async () => {
    const admin = await login('admin@newsdesk.test');
    const self = await me(admin);
    const second = await secondAdmin(admin);
    const role = await call(admin, 'PUT', `/users/${self.id}`, { role: 'editor' });
    expect(role.status).toBe(409);
    expect(role.json?.errors).toEqual({ role: 'resources.users.errors.own_role' });
    const active = await call(admin, 'PUT', `/users/${self.id}`, { active: false });
    expect(active.json?.errors).toEqual({ active: 'resources.users.errors.own_active' });
    // The other admin may demote them; then the second is the last admin and keeps the role.
    const token2 = await login(second.email, second.temporaryPassword);
    expect((await call(token2, 'PUT', `/users/${self.id}`, { role: 'editor' })).status).toBe(200);
    const last = await call(token2, 'PUT', `/users/${second.id}`, { role: 'editor' });
    expect(last.json?.errors).toEqual({ role: 'resources.users.errors.last_admin_role' });
    // The demoted account keeps its session but lost user management.
    expect((await call(admin, 'GET', '/users')).status).toBe(403);
  });

  test('email is unique (409 under the field)', async () => {
    const admin = await login('admin@newsdesk.test');
    const res = await call(admin, 'POST', '/users', { name: 'Copy', email: 'Editor@newsdesk.test', role: 'editor' });
    expect(res.status).toBe(409);
    expect(res.json?.errors).toEqual({ email: 'nd.validation.duplicate_email' });
  });

  test('a deactivated user cannot sign in and their open session stops', async () => {
    const admin = await login('admin@newsdesk.test');
    const editor = await login('editor@newsdesk.test');
    const id = (await me(editor)).id;
    expect((await call(admin, 'PUT', `/users/${id}`, { active: false })).status).toBe(200);
    expect((await call(editor, 'GET', '/tags')).status).toBe(401);
    expect((await call(undefined, 'POST', '/auth/login', { email: 'editor@newsdesk.test', password: 'newsdesk' })).status).toBe(403);
  });

  test('reset password: a temporary password shown once works, the old one and old sessions stop', async () => {
    const admin = await login('admin@newsdesk.test');
    const editor = await login('editor@newsdesk.test');
    const id = (await me(editor)).id;
    const res = await call(admin, 'POST', `/users/${id}/reset-password`);
    expect(res.status).toBe(200);
    const temp = String(res.json?.temporaryPassword);
    expect(temp).toMatch(/^[A-Za-z2-9]{16}$/);
    expect((await call(editor, 'GET', '/tags')).status).toBe(401);
    expect((await call(undefined, 'POST', '/auth/login', { email: 'editor@newsdesk.test', password: 'newsdesk' })).status).toBe(401);
    expect(await login('editor@newsdesk.test', temp)).toMatch(/\w+/);
    const user = (await call(admin, 'GET', `/users/${id}`)).json;
    expect(JSON.stringify(user)).not.toContain(temp);
    const log = (await call(admin, 'GET', `/activity?filter={"resource":"users","recordId":${id}}`)).json as unknown as { changedFields: string[] }[];
    expect(log[0].changedFields).toEqual(['password']);
    expect((await call(editor, 'POST', `/users/${id}/reset-password`)).status).toBe(401);
    expect((await call(await login('moderator@newsdesk.test'), 'POST', `/users/${id}/reset-password`)).status).toBe(403);
  });
});

describe('authors and photo credits in use', () => {
  test('deleting an author with articles is refused with the count; their articles by reference', async () => {
    const admin = await login('admin@newsdesk.test');
    const dp = await signIn('admin');
    const articles = await dp.getManyReference<Article>('articles', {
      target: 'authorId', id: 1, pagination: { page: 1, perPage: 5 }, sort: { field: 'id', order: 'DESC' }, filter: {},
    });
    expect(articles.total).toBeGreaterThan(0);
    expect(articles.data.every((a) => a.authorId === 1)).toBe(true);
    const res = await call(admin, 'DELETE', '/authors/1');
    expect(res.status).toBe(409);
    expect(res.json).toMatchObject({ reason: 'in_use', articleCount: articles.total });
  });

  test('articles using a photo credit are found by the dotted filter, and the count matches', async () => {
    const admin = await login('admin@newsdesk.test');
    const dp = await signIn('admin');
    const articles = await dp.getList<Article>('articles', {
      pagination: { page: 1, perPage: 500 }, sort: { field: 'id', order: 'DESC' }, filter: { 'featuredImage.photoCreditId': 1 },
    });
    expect(articles.total).toBeGreaterThan(0);
    expect(articles.data.every((a) => a.featuredImage?.photoCreditId === 1)).toBe(true);
    const credit = (await call(admin, 'GET', '/photo-credits/1')).json;
    expect(credit).toMatchObject({ usageCount: articles.total });
    const res = await call(admin, 'DELETE', '/photo-credits/1');
    expect(res.json).toMatchObject({ reason: 'in_use', articleCount: articles.total });
  });
});
