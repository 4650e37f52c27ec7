import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { getDb, server } from '../../../mocks/node';
import { ArticleEditHarness, findLoadedTitle, renderInAdmin, signInAs, withBackend } from './harness';

withBackend();

const aDraft = () => [...getDb().articles.rows.values()].find((a) => a.status === 'draft')!;
const saysUnreachable = /The server cannot be reached, so the article was not saved\. Everything you typed is kept/;

/** Types a new title and summary, answers the save with `fail`, and checks what the form shows. */
const saveMeets = async (fail: () => Response) => {
  await signInAs('editor');
  const article = aDraft();
  const { user } = renderInAdmin(<ArticleEditHarness id={article.id} />);
  const title = await findLoadedTitle(article.title);
  await user.clear(title);
  await user.type(title, 'Typed while the server was away');
  const summary = screen.getByLabelText('Summary');
  await user.clear(summary);
  await user.type(summary, 'A standfirst that must survive');
  server.use(http.put('*/api/articles/:id', fail, { once: true }));
  await user.click(screen.getByRole('button', { name: 'Save' }));

  expect(await screen.findByText(saysUnreachable)).toBeInTheDocument();
  expect(screen.getByLabelText('Title')).toHaveValue('Typed while the server was away');
  expect(screen.getByLabelText('Summary')).toHaveValue('A standfirst that must survive');
  expect(getDb().articles.get(article.id)?.title).toBe(article.title);
  // The server is back: the same Save sends what was kept.
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(getDb().articles.get(article.id)?.title).toBe('Typed while the server was away'));
  expect(getDb().articles.get(article.id)?.summary).toBe('A standfirst that must survive');
};

test('the database is down (503 from the server): the form says the server cannot be reached and keeps every value', { timeout: 60_000 }, () =>
  saveMeets(() => HttpResponse.json({ message: 'The database is unavailable; try again shortly' }, { status: 503 })));

test('a proxy without its server (502): the same message, every value kept', { timeout: 60_000 }, () =>
  saveMeets(() => new HttpResponse('<html>Bad Gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } })));

test('no answer at all (network error): the same message, every value kept', { timeout: 60_000 }, () =>
  saveMeets(() => HttpResponse.error()));
