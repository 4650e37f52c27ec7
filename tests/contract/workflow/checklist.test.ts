import { HttpError } from 'react-admin';
import type { Article } from '../../../src/schemas';
import { signIn, withBackend } from '../backend';
import { articleIn, inHours } from './articleFixtures';

withBackend();

const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(HttpError);
  return e as HttpError;
};

describe('publishing runs the publish checklist on the server', () => {
  test.each(['published', 'scheduled'] as const)('going %s with everything missing lists every item', async (status) => {
    const dp = await signIn('editor');
    const a = await articleIn('draft');
    const empty = {
      ...a, status, publishAt: inHours(1), summary: '', body: '<p>Too short.</p>', categoryId: null, authorId: null,
      featuredImage: { url: 'https://example.org/basra.jpg', alt: 'Tankers at Basra', caption: '', photoCreditId: null },
    };
    const e = await refusal(dp.update<Article>('articles', { id: a.id, data: empty, previousData: a }));
    expect(e.status).toBe(400);
    expect(e.body).toMatchObject({
      missing: ['summary', 'body', 'category', 'author', 'image_credit'],
      errors: {
        summary: 'nd.workflow.checklist.summary',
        body: 'nd.workflow.checklist.body_too_short',
        categoryId: 'nd.workflow.checklist.category',
        authorId: 'nd.workflow.checklist.author',
        'featuredImage.photoCreditId': 'nd.workflow.checklist.image_credit',
      },
    });
    expect(e.message).toContain('summary, body, category, author, image_credit');
    expect((await dp.getOne<Article>('articles', { id: a.id })).data.status).toBe('draft');
  });

  test('a dangling reference is reported as unknown; a complete article goes through', async () => {
    const dp = await signIn('editor');
    const a = await articleIn('in_review');
    const e = await refusal(dp.update('articles', { id: a.id, data: { ...a, status: 'published', authorId: 9999 }, previousData: a }));
    expect(e.body).toMatchObject({ missing: ['author'], errors: { authorId: 'nd.workflow.checklist.author_unknown' } });
    const { data } = await dp.update<Article>('articles', { id: a.id, data: { ...a, status: 'published' }, previousData: a });
    expect(data.status).toBe('published');
  });

  test('a draft may stay incomplete', async () => {
    const dp = await signIn('editor');
    const a = await articleIn('draft');
    const { data } = await dp.update<Article>('articles', { id: a.id, data: { ...a, summary: '', body: '' }, previousData: a });
    expect(data).toMatchObject({ status: 'draft', summary: '', body: '' });
  });

  test('scheduling needs a future Publish at', async () => {
    const dp = await signIn('editor');
    const a = await articleIn('draft');
    const e = await refusal(dp.update('articles', { id: a.id, data: { ...a, status: 'scheduled', publishAt: inHours(-1) }, previousData: a }));
    expect(e.body).toMatchObject({ errors: { publishAt: 'nd.validation.publish_at_future' } });
  });
});
