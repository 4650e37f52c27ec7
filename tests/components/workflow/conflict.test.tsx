import { screen, waitFor, within } from '@testing-library/react';
import type { Article } from '../../../src/schemas';
import { getDb, login } from '../../../mocks/node';
import { ArticleEditHarness, findLoadedTitle, renderInAdmin, signInAs, withBackend } from './harness';

withBackend();

const current = (id: number) => getDb().articles.materialize(getDb().articles.get(id)!);
/** Drafts: no publish checklist stands in the way of anyone's save. */
const drafts = () => [...getDb().articles.rows.values()].filter((a) => a.status === 'draft').map((a) => a.id);

/** The other editor's save, straight through the contract. */
const theyUpdate = async (id: number, change: Partial<Article>) => {
  const token = await login('admin@newsdesk.test');
  const res = await fetch(`http://localhost/api/articles/${id}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ ...current(id), ...change }),
  });
  expect(res.status).toBe(200);
};

describe('a save that meets someone else’s newer version', () => {
  test('shows theirs and mine side by side and saves the chosen merge with their version', async () => {
    await signInAs('editor');
    const { user } = renderInAdmin(<ArticleEditHarness id={drafts()[0]} />);
    const id = drafts()[0];
    const before = current(id);
    const title = await findLoadedTitle(before.title);

    await theyUpdate(id, { title: 'Their headline', summary: 'Their summary', body: '<p>Their opening words.</p>' });
    await user.clear(title);
    await user.type(title, 'My headline');
    const body = screen.getByLabelText('Body');
    await user.clear(body);
    await user.type(body, 'My opening words.');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const dialog = await screen.findByRole('dialog', { name: 'Someone else saved this article' });
    // Both sides of each field both changed, readable; the summary only they changed is taken.
    const theirs = within(dialog).getByRole('group', { name: `Title: Theirs (version ${before.version + 1})` });
    expect(theirs).toHaveTextContent('Their headline');
    expect(within(dialog).getByRole('group', { name: 'Title: Yours' })).toHaveTextContent('My headline');
    expect(within(dialog).getByRole('group', { name: 'Body: Yours' })).toHaveTextContent('My opening words.');
    expect(within(dialog).getByText(/Changed only by them, taken: Summary/)).toBeInTheDocument();
    expect(within(dialog).getByText('Their', { selector: 'del' })).toBeInTheDocument();
    expect(within(dialog).getByText('My', { selector: 'ins' })).toBeInTheDocument();

    await user.click(within(within(dialog).getByRole('radiogroup', { name: 'Title' })).getByLabelText('Keep theirs'));
    await user.click(within(within(dialog).getByRole('radiogroup', { name: 'Body' })).getByLabelText(/Keep both/));
    await user.click(within(dialog).getByRole('button', { name: 'Save merged version' }));

    await waitFor(() => expect(current(id).version).toBe(before.version + 2));
    expect(current(id)).toMatchObject({
      title: 'Their headline',
      summary: 'Their summary',
      // The harness's Body is a plain textarea; the real editor sends paragraphs.
      body: '<p>Their opening words.</p>My opening words.',
    });
    expect(await screen.findByText('Article saved')).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('Their headline');
  });

  test('going back to the form keeps every typed word', async () => {
    await signInAs('editor');
    const { user } = renderInAdmin(<ArticleEditHarness id={drafts()[1]} />);
    const id = drafts()[1];
    const title = await findLoadedTitle(current(id).title);
    await theyUpdate(id, { title: 'Their headline' });
    await user.clear(title);
    await user.type(title, 'My headline, typed with care');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else saved this article' });
    await user.click(within(dialog).getByRole('button', { name: 'Back to my edits' }));
    expect(screen.getByLabelText('Title')).toHaveValue('My headline, typed with care');
    expect(current(id).title).toBe('Their headline');
  });
});
