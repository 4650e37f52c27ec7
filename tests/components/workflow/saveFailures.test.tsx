import { hashToken } from '../../../server/rules/auth/tokens';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { getDb, server } from '../../../mocks/node';
import { session } from '../../../src/providers/session';
import { ArticleEditHarness, findLoadedTitle, renderInAdmin, signInAs, withBackend } from './harness';

withBackend();

const aDraft = () => [...getDb().articles.rows.values()].find((a) => a.status === 'draft')!;

test('a 500 on save keeps every value; pressing Save again succeeds', async () => {
  await signInAs('editor');
  const article = aDraft();
  const { user } = renderInAdmin(<ArticleEditHarness id={article.id} />);
  const title = await findLoadedTitle(article.title);
  await user.clear(title);
  await user.type(title, 'Kept through a server error');
  server.use(http.put('*/api/articles/:id', () => HttpResponse.json({ message: 'Boom' }, { status: 500 }), { once: true }));
  await user.click(screen.getByRole('button', { name: 'Save' }));
  expect(await screen.findByText(/could not be saved: HTTP 500/)).toBeInTheDocument();
  expect(screen.getByLabelText('Title')).toHaveValue('Kept through a server error');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(getDb().articles.get(article.id)?.title).toBe('Kept through a server error'));
});

test('a session that expired mid-edit: sign in again, the save goes through with the text intact', async () => {
  await signInAs('editor');
  const article = aDraft();
  const { user } = renderInAdmin(<ArticleEditHarness id={article.id} />);
  const title = await findLoadedTitle(article.title);
  await user.clear(title);
  await user.type(title, 'Typed before the session expired');
  // The server forgets the session, as when it expires.
  getDb().setSession(await hashToken(session.token()!), null);
  await user.click(screen.getByRole('button', { name: 'Save' }));

  const dialog = await screen.findByRole('dialog', { name: 'Your session has expired' });
  expect(screen.getByLabelText('Title')).toHaveValue('Typed before the session expired');
  await user.type(within(dialog).getByLabelText(/Password/), 'newsdesk');
  await user.click(within(dialog).getByRole('button', { name: 'Sign in and save' }));
  await waitFor(() => expect(getDb().articles.get(article.id)?.title).toBe('Typed before the session expired'));
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});

test('a checklist refusal shows each missing item under its field', async () => {
  await signInAs('editor');
  const article = aDraft();
  getDb().putArticle({ ...article, status: 'in_review', summary: '' });
  server.use(
    // The form here has no Status input: the request asks to publish.
    http.put('*/api/articles/:id', async ({ request }) => {
      const body = (await request.clone().json()) as Record<string, unknown>;
      body.status = 'published';
      return fetch(new Request(request.url, { method: 'PUT', headers: request.headers, body: JSON.stringify(body) }));
    }, { once: true }),
  );
  const { user } = renderInAdmin(<ArticleEditHarness id={article.id} />);
  await findLoadedTitle(article.title);
  await user.type(screen.getByLabelText('Title'), '!');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  expect(await screen.findByText('A summary')).toBeInTheDocument();
  expect(screen.getByLabelText('Title')).toHaveValue(`${article.title}!`);
});
