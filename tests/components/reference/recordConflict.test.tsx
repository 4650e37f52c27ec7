import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb, store } from '../../../mocks/node';
import { renderApp, signInAs, withEmbeddedBackend } from '../renderApp';

withEmbeddedBackend();

/** Another editor's save of tag 1, made while the form is open. */
const savedElsewhere = async (name: string) => {
  const tag = (await store.db.tags.get(1))!;
  const { id, version, articleCount: _count, ...row } = tag;
  await store.db.tags.update(id, { ...row, name }, version);
};

const openTag = async () => {
  await signInAs('admin');
  const view = renderApp('/tags/1');
  const name = await screen.findByRole('textbox', { name: /^Name/ }, { timeout: 10000 });
  await waitFor(() => expect(name).toHaveValue(getDb().tags.get(1)!.name));
  return { ...view, name };
};

/** Opens tag 1, lets another editor save it, types a new name and saves: the conflict dialog. */
const conflictingSave = async () => {
  const { user, name } = await openTag();
  await savedElsewhere('afghanistan-war');
  await user.clear(name);
  await user.type(name, 'afghan conflict');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  const dialog = await screen.findByRole('dialog', { name: 'Someone else saved this record' });
  return { user, name, dialog };
};

describe('a tag saved by someone else while the form was open', () => {
  it('shows both versions instead of overwriting theirs, and takes theirs on request', async () => {
    const { user, name, dialog } = await conflictingSave();
    const row = within(dialog).getByRole('row', { name: /Name/ });
    expect(row).toHaveTextContent('afghanistan-war');
    expect(row).toHaveTextContent('afghan conflict');
    expect(getDb().tags.get(1)).toMatchObject({ name: 'afghanistan-war', version: 2 });
    // The dialog speaks for the stale version: no "form not valid" notice about a hidden field.
    expect(screen.queryByText(/form is not valid/i)).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Take their version' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(name).toHaveValue('afghanistan-war');
  });

  it('saves mine over theirs only when asked, from their version', async () => {
    const { user, dialog } = await conflictingSave();
    await user.click(within(dialog).getByRole('button', { name: 'Save mine over theirs' }));
    await waitFor(() => expect(getDb().tags.get(1)).toMatchObject({ name: 'afghan conflict', version: 3 }));
  });
});
