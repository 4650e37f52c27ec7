import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, withEmbeddedBackend } from './renderApp';

withEmbeddedBackend();

describe('the login page', () => {
  it('says so when the password is wrong, and keeps the user on the form', async () => {
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText(/Email/), 'editor@newsdesk.test');
    await user.type(screen.getByLabelText(/Password/), 'not-the-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Wrong email or password.');
    expect(screen.getByLabelText(/Email/)).toHaveValue('editor@newsdesk.test');
  });

  it('lists the demo accounts, each filling the form in one click, and signs in', async () => {
    const { user } = renderApp('/login');
    const demo = await screen.findByRole('region', { name: 'Demo accounts' });
    expect(within(demo).getAllByRole('button')).toHaveLength(3);
    await user.click(within(demo).getByRole('button', { name: 'Use the Moderator account' }));
    expect(screen.getByLabelText(/Email/)).toHaveValue('moderator@newsdesk.test');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(
      await screen.findByText('Overview', {}, { timeout: 10000 }),
    ).toBeInTheDocument();
  });
});

describe('after ten failed sign-ins for one email', () => {
  it('says when to try again, even with the right password', async () => {
    for (let i = 0; i < 10; i++) {
      await fetch('http://localhost/api/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: 'editor@newsdesk.test', password: `guess-${i}` }),
      });
    }
    const { user } = renderApp('/login');
    await user.type(await screen.findByLabelText(/Email/), 'editor@newsdesk.test');
    await user.type(screen.getByLabelText(/Password/), 'newsdesk');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Too many failed sign-ins for this email\. Try again at \d{1,2}:\d{2}/);
    expect(screen.getByLabelText(/Password/)).toHaveValue('newsdesk');
  });
});
