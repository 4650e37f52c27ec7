import { screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { findMainContent, renderApp, signInAs, withEmbeddedBackend } from './renderApp';

withEmbeddedBackend();

/** What the backend says about its data (GET /api/meta) decides what the app offers. */
const answerMeta = (demo: { resetByAnyone: boolean } | null) => {
  const asked = { count: 0 };
  server.use(
    http.get('*/api/meta', () => {
      asked.count++;
      return HttpResponse.json({ demo });
    }),
  );
  return asked;
};

describe('the server meta', () => {
  it('lists no demo accounts on the login page when the database holds no demo data', async () => {
    const asked = answerMeta(null);
    renderApp('/login');
    expect(await screen.findByLabelText(/Email/)).toBeInTheDocument();
    await waitFor(() => expect(asked.count).toBe(1));
    // Give the answer a chance to render before concluding it shows nothing.
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('region', { name: 'Demo accounts' })).not.toBeInTheDocument();
    expect(screen.queryByText('admin@newsdesk.test')).not.toBeInTheDocument();
  });

  it('on a shared demo server offers Reset demo data to admins alone, saying it resets everybody', async () => {
    answerMeta({ resetByAnyone: false });
    await signInAs('admin');
    const { user, unmount } = renderApp('/');
    await findMainContent();
    await user.click(await screen.findByRole('button', { name: 'Profile' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Reset demo data' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reset demo data?' });
    expect(dialog).toHaveAccessibleDescription(/Every change anyone made on this server/);
    unmount();

    const asked = answerMeta({ resetByAnyone: false });
    await signInAs('editor');
    const editor = renderApp('/');
    await findMainContent();
    await waitFor(() => expect(asked.count).toBe(1));
    await editor.user.click(await screen.findByRole('button', { name: 'Profile' }));
    expect(await screen.findByRole('menuitem', { name: 'Logout' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Reset demo data' })).not.toBeInTheDocument();
  });
});
