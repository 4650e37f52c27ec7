import type { Article, Revision } from '../../../src/schemas';
import { call, signIn, withBackend, login } from '../backend';
import { articleIn } from './articleFixtures';

withBackend();

const revisionsOf = async (id: number) =>
  (await (await signIn('admin')).getList<Revision>('revisions', {
    pagination: { page: 1, perPage: 50 }, sort: { field: 'version', order: 'ASC' }, filter: { articleId: id },
  })).data;

describe('POST /articles/:id/restore', () => {
  test('saves the old snapshot as a new version, itself a revision, keeping the workflow status', async () => {
    const dp = await signIn('editor');
    const a = await articleIn('draft');
    const { data: v1 } = await dp.update<Article>('articles', { id: a.id, data: { ...a, title: 'First headline' }, previousData: a });
    const { data: v2 } = await dp.update<Article>('articles', {
      id: a.id, data: { ...v1, title: 'Second headline', status: 'in_review' }, previousData: v1,
    });
    const old = (await revisionsOf(a.id)).find((r) => r.version === v1.version)!;
    const token = await login('editor@newsdesk.test');
    const res = await call(token, 'POST', `/articles/${a.id}/restore`, { revisionId: old.id, version: v2.version });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ title: 'First headline', status: 'in_review', version: v2.version + 1 });
    const last = (await revisionsOf(a.id)).at(-1);
    expect(last).toMatchObject({ version: v2.version + 1, createdBy: 2, snapshot: { title: 'First headline' } });
  });

  test('a stale version answers 409 with the current record; a foreign revision 404', async () => {
    const dp = await signIn('editor');
    const a = await articleIn('draft');
    const { data: v1 } = await dp.update<Article>('articles', { id: a.id, data: { ...a, title: 'Changed' }, previousData: a });
    const revision = (await revisionsOf(a.id)).at(-1)!;
    const token = await login('editor@newsdesk.test');
    const stale = await call(token, 'POST', `/articles/${a.id}/restore`, { revisionId: revision.id, version: a.version });
    expect(stale.status).toBe(409);
    expect(stale.json).toMatchObject({ record: { version: v1.version, title: 'Changed' } });
    const other = await call(token, 'POST', `/articles/${a.id + 1}/restore`, { revisionId: revision.id, version: 1 });
    expect(other.status).toBe(404);
    const missing = await call(token, 'POST', `/articles/${a.id}/restore`, {});
    expect(missing).toMatchObject({ status: 400, json: { errors: { revisionId: 'nd.validation.required', version: 'nd.validation.required' } } });
  });

  test('moderators may not restore', async () => {
    const a = await articleIn('draft');
    const token = await login('moderator@newsdesk.test');
    expect((await call(token, 'POST', `/articles/${a.id}/restore`, { revisionId: 1, version: a.version })).status).toBe(403);
  });
});
