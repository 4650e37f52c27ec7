import { HttpError } from 'react-admin';
import {
  articleStatuses, canTransition, transitionRefusal, workflowMessages, type Article, type ArticleStatus,
} from '../../../src/schemas';
import { signIn, withBackend, type Role } from '../backend';
import { articleIn, inHours } from './articleFixtures';

withBackend();

const pairs = articleStatuses.flatMap((from) => articleStatuses.map((to) => [from, to] as const));
const to = (status: ArticleStatus) => ({ status, publishAt: status === 'scheduled' ? inHours(3) : null });

const refusedWith = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof HttpError) return { status: e.status, body: e.body as { message: string; errors?: Record<string, string> } };
    throw e;
  }
  return null;
};

describe.each<Role>(['admin', 'editor'])('the server enforces the workflow for %s', (role) => {
  test.each(pairs)('%s → %s', async (from, next) => {
    const dp = await signIn(role);
    const before = await articleIn(from);
    const update = dp.update<Article>('articles', { id: before.id, data: { ...before, ...to(next) }, previousData: before });
    if (canTransition(role, from, next)) {
      const { data } = await update;
      expect(data).toMatchObject({ status: next, version: before.version + 1 });
      return;
    }
    const refusal = await refusedWith(update);
    const key = transitionRefusal(role, from, next);
    const roleBound = key !== workflowMessages.unpublishFirst && key !== workflowMessages.restoreFirst;
    expect(refusal?.status).toBe(roleBound ? 403 : 400);
    expect(refusal?.body.errors).toEqual({ status: key });
    expect(refusal?.body.message).toMatch(/admin|Draft/);
    // Nothing was written.
    expect((await dp.getOne<Article>('articles', { id: before.id })).data).toMatchObject({ status: from, version: before.version });
  });
});

test('the table the tests walk holds both allowed and refused steps for each role', () => {
  const refusedFor = (role: Role) => pairs.filter(([f, t]) => !canTransition(role, f, t)).length;
  expect(refusedFor('admin')).toBe(5);
  expect(refusedFor('editor')).toBe(12);
});

test('a moderator changes nothing: every step is 403', async () => {
  const dp = await signIn('moderator');
  const before = await articleIn('draft');
  for (const next of articleStatuses) {
    const refusal = await refusedWith(dp.update('articles', { id: before.id, data: { ...before, ...to(next) }, previousData: before }));
    expect(refusal?.status).toBe(403);
  }
});

test('creating an article counts as leaving Draft: an editor may create it Published, not Archived', async () => {
  const dp = await signIn('editor');
  const base = await articleIn('draft');
  const fresh = (slug: string, status: ArticleStatus) => ({ ...base, id: undefined, slug, status });
  const { data } = await dp.create<Article>('articles', { data: fresh('live-now', 'published') });
  expect(data.status).toBe('published');
  const refusal = await refusedWith(dp.create('articles', { data: fresh('into-the-archive', 'archived') }));
  expect(refusal).toMatchObject({ status: 403, body: { errors: { status: workflowMessages.archiveAdminOnly } } });
});

test('an editor re-saving an archived article as it stands is refused as an edit, not as archiving', async () => {
  const dp = await signIn('editor');
  const before = await articleIn('archived');
  const refusal = await refusedWith(dp.update('articles', { id: before.id, data: before, previousData: before }));
  expect(refusal).toMatchObject({
    status: 403,
    body: { message: 'Only an admin may change an archived article', errors: { status: workflowMessages.editArchivedAdminOnly } },
  });
  expect((await dp.getOne<Article>('articles', { id: before.id })).data.version).toBe(before.version);
  const admin = await signIn('admin');
  const { data } = await admin.update<Article>('articles', { id: before.id, data: before, previousData: before });
  expect(data).toMatchObject({ status: 'archived', version: before.version + 1 });
});
