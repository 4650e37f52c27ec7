import type { QueryClient } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryStore, TestMemoryRouter, type Store } from 'react-admin';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { App } from '../../src/App';
import { authProvider } from '../../src/providers/authProvider';
import { createI18nProvider } from '../../src/providers/i18nProvider';
import { resetDb, server } from '../../mocks/node';

/** The embedded backend in Node: the same handlers as the browser, fresh seed per test. */
export const withEmbeddedBackend = () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    resetDb();
  });
  afterAll(() => server.close());
};

/** The whole admin at `path`, with a memory router and store, and its own i18n provider. */
export const renderApp = (path = '/', store: Store = memoryStore(), queryClient?: QueryClient) => {
  const i18nProvider = createI18nProvider();
  const user = userEvent.setup();
  const view = render(
    <TestMemoryRouter initialEntries={[path]}>
      <App store={store} i18nProvider={i18nProvider} queryClient={queryClient} />
    </TestMemoryRouter>,
  );
  return { ...view, user, i18nProvider };
};

/** Signs in through the auth provider (the login form has its own test). */
export const signInAs = (role: 'admin' | 'editor' | 'moderator') =>
  authProvider.login({ email: `${role}@newsdesk.test`, password: 'newsdesk' });

/** Waits for the admin layout to be up (its title bar heading shows the page). */
export const findMainContent = () => screen.findByRole('main', {}, { timeout: 10000 });
