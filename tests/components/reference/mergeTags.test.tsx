import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb } from '../../../mocks/node';
import { renderApp, signInAs, withEmbeddedBackend } from '../renderApp';

withEmbeddedBackend();

const tagId = (slug: string) => [...getDb().tags.rows.values()].find((t) => t.slug === slug)!.id;
/** Articles carrying any of the given tags, counted from the database itself. */
const carrying = (...ids: number[]) => [...getDb().articles.rows.values()].filter((a) => a.tagIds.some((t) => ids.includes(t))).length;

const select = async (user: ReturnType<typeof renderApp>['user'], name: string) => {
  // Name and slug read the same: the row is what matters.
  const row = (await screen.findAllByText(name, { selector: 'td *, td' }, { timeout: 10000 }))[0].closest('tr')!;
  await user.click(within(row).getByRole('checkbox'));
};

describe('merging tags', () => {
  it('says how many articles change for the tag kept, and the articles follow', async () => {
    await signInAs('admin');
    const { user } = renderApp('/tags?filter={"q":"tr"}');
    await select(user, 'trump');
    await select(user, 'trade');
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    const dialog = await screen.findByRole('dialog');
    const trump = tagId('trump');
    const trade = tagId('trade');
    await user.click(within(dialog).getByRole('radio', { name: /^trump/ }));
    const expected = carrying(trade);
    await waitFor(() =>
      expect(within(dialog).getByRole('status')).toHaveTextContent(
        `${expected} article${expected === 1 ? '' : 's'} carrying trade will carry “trump” instead`,
      ),
    );
    const total = carrying(trump, trade);
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    await screen.findByText(`Tags merged: ${expected} article${expected === 1 ? '' : 's'} changed`);
    expect(carrying(trade)).toBe(0);
    expect(carrying(trump)).toBe(total);
  });
});
