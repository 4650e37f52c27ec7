import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderApp, signInAs, withEmbeddedBackend } from './renderApp';

withEmbeddedBackend();

describe('errors from the server', () => {
  it('shows a duplicate slug under the Slug field and keeps what was typed', async () => {
    await signInAs('editor');
    const { user } = renderApp('/tags/create');
    await user.type(await screen.findByLabelText(/^Name/, {}, { timeout: 10000 }), 'Japan again');
    await user.clear(screen.getByLabelText(/^Slug/));
    await user.type(screen.getByLabelText(/^Slug/), 'japan');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const slug = screen.getByLabelText(/^Slug/);
    expect(await screen.findByText('This slug is already used')).toBeInTheDocument();
    expect(slug).toHaveAccessibleDescription('This slug is already used');
    expect(slug).toHaveValue('japan');
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Japan again');
  });

  it('checks the schema before asking the server', async () => {
    await signInAs('editor');
    const { user } = renderApp('/tags/create');
    await user.type(await screen.findByLabelText(/^Name/, {}, { timeout: 10000 }), 'Rare earths');
    await user.clear(screen.getByLabelText(/^Slug/));
    await user.type(screen.getByLabelText(/^Slug/), 'Rare Earths');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByText('Use lowercase letters, digits and single hyphens'),
    ).toBeInTheDocument();
  });

  it('turns a 403 into a translated notification without signing out', async () => {
    await signInAs('editor');
    server.use(
      http.post('*/api/tags', () => HttpResponse.json({ message: 'Forbidden' }, { status: 403 })),
    );
    const { user } = renderApp('/tags/create');
    await user.type(await screen.findByLabelText(/^Name/, {}, { timeout: 10000 }), 'Rare earths');
    await user.clear(screen.getByLabelText(/^Slug/));
    await user.type(screen.getByLabelText(/^Slug/), 'rare-earths');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('You do not have permission to do this.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Slug/)).toHaveValue('rare-earths');
  });

  it('says the server cannot be reached on a 503, in any form, and keeps what was typed', async () => {
    await signInAs('editor');
    server.use(
      http.post('*/api/tags', () => HttpResponse.json({ message: 'The database is unavailable; try again shortly' }, { status: 503 }), { once: true }),
    );
    const { user } = renderApp('/tags/create');
    await user.type(await screen.findByLabelText(/^Name/, {}, { timeout: 10000 }), 'Rare earths');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The server cannot be reached. Nothing was lost: try again in a moment.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Rare earths');
  }, 40_000);

  it('asks to sign in again over the page when the session has ended (401), then carries on', async () => {
    await signInAs('editor');
    server.use(
      http.get('*/api/tags', () => HttpResponse.json({ message: 'Expired' }, { status: 401 }), {
        once: true,
      }),
    );
    const { user } = renderApp('/tags');
    const dialog = await screen.findByRole(
      'dialog',
      { name: 'Your session has expired' },
      { timeout: 10000 },
    );
    // Still signed in, still on the page: nothing was thrown away.
    expect(sessionStorage.getItem('newsdesk.session')).not.toBeNull();
    expect(within(dialog).getByLabelText(/^Email/)).toHaveValue('editor@newsdesk.test');
    await user.type(within(dialog).getByLabelText(/^Password/), 'newsdesk');
    await user.click(within(dialog).getByRole('button', { name: 'Sign in' }));
    // The request that met the expired session runs again and the list fills.
    expect(
      (await screen.findAllByText(/^afghanistan$/i, {}, { timeout: 10000 })).length,
    ).toBeGreaterThan(0);
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
