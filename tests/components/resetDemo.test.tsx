import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { findMainContent, renderApp, signInAs, withEmbeddedBackend } from './renderApp';

withEmbeddedBackend();

/** Every POST /api/demo/reset the backend receives during a test. */
const resets: string[] = [];
const record = ({ request }: { request: Request }) => {
  if (request.method === 'POST' && new URL(request.url).pathname === '/api/demo/reset') resets.push(request.url);
};
server.events.on('request:start', record);
afterEach(() => {
  resets.length = 0;
});

const openDialog = async () => {
  await signInAs('admin');
  const { user } = renderApp('/');
  await findMainContent();
  await user.click(await screen.findByRole('button', { name: 'Profile' }));
  await user.click(await screen.findByRole('menuitem', { name: 'Reset demo data' }));
  return { user, dialog: await screen.findByRole('dialog', { name: 'Reset demo data?' }) };
};

describe('the "Reset demo data" dialog', () => {
  it('opens with Cancel focused, so an Enter pressed at once closes it without resetting and gives the focus back to the user menu', async () => {
    const { user, dialog } = await openDialog();
    expect(dialog).toHaveAccessibleDescription(/Every change made in this browser/);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(resets).toEqual([]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Profile' })).toHaveFocus());
  });

  it('resets only when Reset itself is chosen', async () => {
    const { user } = await openDialog();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus());
    await user.tab();
    expect(screen.getByRole('button', { name: 'Reset' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(resets).toHaveLength(1));
  });
});
