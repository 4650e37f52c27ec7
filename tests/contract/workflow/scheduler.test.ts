import { HttpError } from 'react-admin';
import type { Activity, Article, Revision } from '../../../src/schemas';
import { publishDue } from '../../../server/rules/scheduler';
import { backendDeps, NOW, signIn, store, withBackend, setClock } from '../backend';
import { articleIn, HOUR } from './articleFixtures';

withBackend();

describe('the server publishes scheduled articles when their time comes', () => {
  test('not before Publish at; at it, the article is Published with publishedAt = publishAt', async () => {
    const dp = await signIn('editor');
    const a = await articleIn('scheduled'); // Publish at NOW + 2 h
    setClock(() => NOW + 2 * HOUR - 1);
    expect((await dp.getOne<Article>('articles', { id: a.id })).data.status).toBe('scheduled');

    setClock(() => NOW + 2 * HOUR);
    const { data } = await dp.getOne<Article>('articles', { id: a.id });
    expect(data).toMatchObject({ status: 'published', publishedAt: a.publishAt, publishAt: a.publishAt, version: a.version + 1 });
    const scheduled = await dp.getList<Article>('articles', {
      pagination: { page: 1, perPage: 500 }, sort: { field: 'id', order: 'ASC' }, filter: { status: 'scheduled' },
    });
    expect(scheduled.data.map((x) => x.id)).not.toContain(a.id);
  });

  test('the change is recorded as a revision and in the activity log, by no user', async () => {
    const dp = await signIn('admin');
    const a = await articleIn('scheduled');
    setClock(() => NOW + 3 * HOUR);
    await dp.getOne('articles', { id: a.id });
    const revisions = await dp.getList<Revision>('revisions', {
      pagination: { page: 1, perPage: 1 }, sort: { field: 'version', order: 'DESC' }, filter: { articleId: a.id },
    });
    expect(revisions.data[0]).toMatchObject({ version: a.version + 1, createdBy: null, snapshot: { status: 'published' } });
    const log = await dp.getList<Activity>('activity', {
      pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'DESC' }, filter: { recordId: a.id, resource: 'articles' },
    });
    expect(log.data[0]).toMatchObject({ userId: null, changedFields: ['status', 'publishedAt'] });
  });

  test('the timer path publishes without any request, every due article at once', async () => {
    const first = await articleIn('scheduled', 7);
    const second = await articleIn('scheduled', 8);
    expect(await publishDue(backendDeps())).toEqual([]);
    const scheduled = await store().db.articles.list({ where: [{ field: 'status', op: 'in', values: ['scheduled'] }], sort: [['id', 'ASC']], range: null });
    const seededDue = scheduled.rows.filter((r) => Date.parse(r.publishAt ?? '') <= NOW + 2 * HOUR).length;
    setClock(() => NOW + 2 * HOUR);
    expect(await publishDue(backendDeps())).toHaveLength(seededDue);
    expect((await store().db.articles.get(first.id))?.status).toBe('published');
    expect((await store().db.articles.get(second.id))?.status).toBe('published');
  });

  test('an editor who still holds the scheduled version meets a conflict, not a "must be in the future" error', async () => {
    const dp = await signIn('editor');
    const a = await articleIn('scheduled');
    setClock(() => NOW + 5 * HOUR);
    const e = await dp
      .update('articles', { id: a.id, data: { ...a, title: 'Basra terminal opens' }, previousData: a })
      .then(() => null, (err: unknown) => err as HttpError);
    expect(e?.status).toBe(409);
    expect(e?.body).toMatchObject({ record: { status: 'published', title: a.title } });
  });
});
