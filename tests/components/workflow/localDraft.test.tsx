import { screen, waitFor } from '@testing-library/react';
import { getDb } from '../../../mocks/node';
import { draftKey } from '../../../src/workflow';
import { readDraft } from '../../../src/workflow/localDraft';
import { ArticleEditHarness, findLoadedTitle, renderInAdmin, signInAs, withBackend } from './harness';

withBackend();

const aDraft = () => [...getDb().articles.rows.values()].find((a) => a.status === 'draft')!;

test('unsaved edits survive a reload: restore is offered, and a save clears the copy', async () => {
  await signInAs('editor');
  const article = aDraft();
  const key = draftKey(2, 'articles', article.id);
  const first = renderInAdmin(<ArticleEditHarness id={article.id} />);
  const title = await findLoadedTitle(article.title);
  await first.user.clear(title);
  await first.user.type(title, 'A headline typed before the crash');
  // The copy is written within the interval (2 s), without any save.
  await waitFor(async () => expect((await readDraft<{ title: string }>(key))?.values.title).toBe('A headline typed before the crash'), { timeout: 15_000 });
  first.unmount();

  const second = renderInAdmin(<ArticleEditHarness id={article.id} />);
  await findLoadedTitle(article.title);
  expect(await screen.findByText(/Unsaved changes from .* were kept on this device/)).toBeInTheDocument();
  await second.user.click(screen.getByRole('button', { name: 'Restore them' }));
  expect(screen.getByLabelText('Title')).toHaveValue('A headline typed before the crash');

  await second.user.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(getDb().articles.get(article.id)?.title).toBe('A headline typed before the crash'));
  await waitFor(async () => expect(await readDraft(key)).toBeUndefined());
  second.unmount();

  renderInAdmin(<ArticleEditHarness id={article.id} />);
  await findLoadedTitle('A headline typed before the crash');
  expect(screen.queryByText(/were kept on this device/)).not.toBeInTheDocument();
}, 30000);

test('discarding the offered copy forgets it', async () => {
  await signInAs('editor');
  const article = aDraft();
  const first = renderInAdmin(<ArticleEditHarness id={article.id} />);
  const title = await findLoadedTitle(article.title);
  await first.user.type(title, ' (updated)');
  const key = draftKey(2, 'articles', article.id);
  await waitFor(async () => expect(await readDraft(key)).toBeDefined(), { timeout: 15_000 });
  first.unmount();
  const second = renderInAdmin(<ArticleEditHarness id={article.id} />);
  await second.user.click(await screen.findByRole('button', { name: 'Discard' }, { timeout: 10000 }));
  await waitFor(async () => expect(await readDraft(key)).toBeUndefined());
  expect(screen.getByLabelText('Title')).toHaveValue(article.title);
}, 30000);
