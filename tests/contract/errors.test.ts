import type { Article } from '../../src/schemas';
import { can } from '../../src/providers/permissions';
import { call, signIn, withBackend, type Role, login } from './backend';

withBackend();
const draft = { title: 'A title', slug: 'a-title', lang: 'en', categoryId: 3 };

describe('error statuses of the contract', () => {
  test('400 maps each invalid field, nested paths joined with dots, to a message key', async () => {
    const token = await login('editor@newsdesk.test');
    const res = await call(token, 'POST', '/articles', {
      title: '',
      slug: 'Not A Slug',
      lang: 'fr',
      status: 'scheduled',
      featuredImage: { url: 'ftp://x', alt: '' },
    });
    expect(res.status).toBe(400);
    expect(res.json?.errors).toEqual({
      title: 'nd.validation.required',
      slug: 'nd.validation.slug',
      lang: 'nd.validation.invalid',
      'featuredImage.url': 'nd.validation.url',
      'featuredImage.alt': 'nd.validation.alt_required',
    });
    const past = await call(token, 'POST', '/articles', {
      ...draft,
      status: 'scheduled',
      publishAt: '2025-01-01T00:00:00Z',
    });
    expect(past.json?.errors).toEqual({ publishAt: 'nd.validation.publish_at_future' });
  });

  test('400 when a referenced record does not exist', async () => {
    const token = await login('admin@newsdesk.test');
    const res = await call(token, 'POST', '/articles', {
      ...draft,
      categoryId: 999,
      authorId: 999,
      tagIds: [1, 999],
      featuredImage: { url: 'https://x.test/a.jpg', alt: 'A', photoCreditId: 999 },
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.json?.errors as object).sort()).toEqual([
      'authorId',
      'categoryId',
      'featuredImage.photoCreditId',
      'tagIds',
    ]);
    const cat = await call(token, 'POST', '/categories', {
      name: { en: 'X', ar: 'س' },
      slug: 'x',
      parentId: 999,
    });
    expect(cat.json?.errors).toEqual({ parentId: 'nd.validation.invalid' });
  });

  test('409 on a stale version, with the current record to merge from', async () => {
    const dp = await signIn('editor');
    const { data: a } = await dp.getOne<Article>('articles', { id: 1 });
    await dp.update('articles', { id: 1, data: { ...a, title: 'First edit' }, previousData: a });
    const stale = dp.update('articles', {
      id: 1,
      data: { ...a, title: 'Second edit' },
      previousData: a,
    });
    await expect(stale).rejects.toMatchObject({
      status: 409,
      body: { record: { title: 'First edit', version: 2 } },
    });
  });

  test('409 on a duplicate slug (per language for articles) and a duplicate email', async () => {
    const token = await login('admin@newsdesk.test');
    const slug = 'us-japan-sign-agreement-on-securing-rare-earths-supply';
    const dup = await call(token, 'POST', '/articles', { ...draft, slug });
    expect(dup.status).toBe(409);
    expect(dup.json?.errors).toEqual({ slug: 'nd.validation.duplicate_slug' });
    expect((await call(token, 'POST', '/articles', { ...draft, slug, lang: 'ar' })).status).toBe(
      201,
    );
    expect(
      (await call(token, 'POST', '/tags', { name: 'Iraq', slug: 'iraq' })).json?.errors,
    ).toEqual({ slug: 'nd.validation.slug_taken' });
    expect(
      (await call(token, 'POST', '/categories', { name: { en: 'L', ar: 'ل' }, slug: 'local' }))
        .status,
    ).toBe(409);
    const email = await call(token, 'POST', '/users', {
      name: 'Another',
      email: 'EDITOR@newsdesk.test',
      role: 'editor',
    });
    expect(email.status).toBe(409);
    expect(email.json?.errors).toEqual({ email: 'nd.validation.duplicate_email' });
  });

  test('409 when deleting what articles still use, with the count', async () => {
    const token = await login('admin@newsdesk.test');
    const used = Number((await call(token, 'GET', '/tags/46')).json?.articleCount);
    expect(used).toBeGreaterThan(1);
    const japan = await call(token, 'DELETE', '/tags/46');
    expect(japan.status).toBe(409);
    expect(japan.json?.message).toContain(`${used} articles are tagged`);
    expect((await call(token, 'DELETE', '/categories/1')).json?.message).toMatch(/4 subcategories/);
    expect((await call(token, 'DELETE', '/authors/1')).status).toBe(409);
    expect((await call(token, 'DELETE', '/photo-credits/1')).json?.message).toMatch(
      /\d+ articles? uses?/,
    );
    expect((await call(token, 'DELETE', '/users/1')).status).toBe(409);
  });

  const routes: [string, string, string, unknown?][] = [];
  for (const resource of [
    'articles',
    'categories',
    'tags',
    'authors',
    'photo-credits',
    'users',
    'activity',
    'revisions',
    'metrics',
  ]) {
    routes.push(['list', 'GET', `/${resource}`], ['show', 'GET', `/${resource}/1`]);
    if (!['activity', 'revisions', 'metrics'].includes(resource)) {
      routes.push(
        ['create', 'POST', `/${resource}`, {}],
        ['edit', 'PUT', `/${resource}/1`, {}],
        ['delete', 'DELETE', `/${resource}/999`],
      );
    }
  }
  test.each(['admin', 'editor', 'moderator'] as Role[])(
    '%s: 403 exactly where the role table denies',
    async (role) => {
      const token = await login(`${role}@newsdesk.test`);
      for (const [action, method, path, body] of routes) {
        const resource = path.split('/')[1];
        const { status } = await call(token, method, path, body);
        if (can(role, resource, action)) expect(status, `${role} ${method} ${path}`).not.toBe(403);
        else expect(status, `${role} ${method} ${path}`).toBe(403);
      }
    },
  );
});
