import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, signInAs, withEmbeddedBackend } from './renderApp';

withEmbeddedBackend();

describe('the user form', () => {
  it('names its fields as the newsroom does and checks them before saving', async () => {
    await signInAs('admin');
    const { user } = renderApp('/users/create');
    const name = await screen.findByLabelText(/^Name/, {}, { timeout: 10000 });
    const email = screen.getByLabelText(/^Email/);
    expect(screen.getByLabelText(/^Active/)).toBeChecked();
    await user.type(email, 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(name).toHaveAccessibleDescription('Required');
    expect(email).toHaveAccessibleDescription('Enter a valid email address');
    // Name and Role (an empty choice is "Required", not zod's "Invalid value").
    expect(screen.getAllByText('Required')).toHaveLength(2);
    expect(screen.queryByText('Invalid value')).toBeNull();

    await user.click(screen.getByRole('combobox', { name: /Role/ }));
    const roles = within(screen.getByRole('listbox'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(roles).toEqual(expect.arrayContaining(['Admin', 'Editor', 'Moderator']));
  });
});
