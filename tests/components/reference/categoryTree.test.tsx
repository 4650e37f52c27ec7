import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, signInAs, withEmbeddedBackend } from '../renderApp';

withEmbeddedBackend();

/** Names of the subsections of News, in the order the tree shows them. */
const newsChildren = () =>
  ['breaking-news', 'local', 'regional', 'international']
    .map((slug) => screen.getByTestId(`category-${slug}`))
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1))
    .map((row) => row.querySelector('[data-category]')?.textContent);

describe('the section tree', () => {
  it('reorders with keyboard-reachable buttons and keeps the focus on the moved section', async () => {
    await signInAs('admin');
    const { user } = renderApp('/categories');
    const up = await screen.findByRole('button', { name: 'Move International up' }, { timeout: 10000 });
    expect(newsChildren()).toEqual(['Breaking News', 'Local', 'Regional', 'International']);
    up.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(newsChildren()).toEqual(['Breaking News', 'Local', 'International', 'Regional']));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move International up' })));
  });

  it('outdents a subsection to the top level and offers no indent under a subsection', async () => {
    await signInAs('admin');
    const { user } = renderApp('/categories');
    const local = await screen.findByTestId('category-local', {}, { timeout: 10000 });
    // A subsection cannot take subsections: the site has two levels.
    expect(within(local).getByRole('button', { name: /Make Local a subsection/ })).toBeDisabled();
    await user.click(within(local).getByRole('button', { name: 'Make Local a top-level section' }));
    await waitFor(() => expect(screen.getByTestId('category-local')).toHaveAttribute('aria-level', '1'));
  });

  it('shows editors the tree and counts without any move or delete button', async () => {
    await signInAs('editor');
    renderApp('/categories');
    await screen.findByTestId('category-news', {}, { timeout: 10000 });
    expect(screen.getAllByText(/\d+ articles?/).length).toBeGreaterThan(5);
    expect(screen.queryByRole('button', { name: /Move|Delete/ })).toBeNull();
  });
});
