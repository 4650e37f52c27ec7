import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, signInAs, withEmbeddedBackend } from './renderApp';

withEmbeddedBackend();

const everyone = [
  'Dashboard',
  'Needs review',
  'Articles',
  'Schedule',
  'Categories',
  'Tags',
  'Authors',
  'Photo credits',
];
const expected = {
  admin: [...everyone, 'Users', 'Activity'],
  editor: everyone.filter((entry) => entry !== 'Needs review'),
  moderator: everyone,
};

const menuEntries = () =>
  screen
    .queryAllByRole('menuitem')
    .map((item) => item.textContent?.trim())
    .filter(Boolean);

describe('the menu', () => {
  it.each(Object.entries(expected))(
    'shows %s exactly the entries the role may open',
    async (role, entries) => {
      await signInAs(role as keyof typeof expected);
      renderApp('/');
      await screen.findByText('Overview', {}, { timeout: 10000 });
      await waitFor(() => expect(menuEntries()).toEqual(entries));
    },
  );
});
