import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import {
  AdminContext, EditBase, memoryStore, Notification, ResourceContextProvider, SimpleForm, TestMemoryRouter, TextInput,
} from 'react-admin';
import { authProvider } from '../../../src/providers/authProvider';
import { dataProvider } from '../../../src/providers/dataProvider';
import { createI18nProvider } from '../../../src/providers/i18nProvider';
import { ArticleSaveProvider, EditSafetyNet, keepTypedValues, SessionExpiredDialog } from '../../../src/workflow';
import { resetClock, resetDb, server } from '../../../mocks/node';

/** Waits until the edit form shows the record (inputs mount before the record arrives). */
export const findLoadedTitle = async (title: string) => {
  await waitFor(() => expect(screen.getByLabelText('Title')).toHaveValue(title), { timeout: 10000 });
  return screen.getByLabelText('Title');
};

/** The Node backend (same handlers as the browser), a fresh 200-article seed per test. */
export const withBackend = () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    resetClock();
    resetDb(200);
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
};

export const signInAs = (role: 'admin' | 'editor' | 'moderator') =>
  authProvider.login({ email: `${role}@newsdesk.test`, password: 'newsdesk' });

/** Providers of the app (real REST client, auth, i18n) around `children`. */
export const renderInAdmin = (children: ReactNode) => {
  const user = userEvent.setup();
  const view = render(
    <TestMemoryRouter>
      <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={createI18nProvider()} store={memoryStore()}>
        <ResourceContextProvider value="articles">{children}</ResourceContextProvider>
        <Notification />
        {/* As in the app's Layout: the sign-in dialog an expired session opens over any page. */}
        <SessionExpiredDialog />
      </AdminContext>
    </TestMemoryRouter>,
  );
  return { ...view, user };
};

/**
 * An article edit form wired the way ArticleEdit is meant to be: the save provider around the
 * form, the safety net inside it, typed values kept over refetches.
 */
export const ArticleEditHarness = ({ id }: { id: number }) => (
  <EditBase resource="articles" id={id} mutationMode="pessimistic">
    <ArticleSaveProvider>
      <SimpleForm resetOptions={keepTypedValues}>
        <EditSafetyNet />
        <TextInput source="title" />
        <TextInput source="summary" multiline />
        <TextInput source="body" multiline />
      </SimpleForm>
    </ArticleSaveProvider>
  </EditBase>
);
