import { screen, waitFor, within } from '@testing-library/react';
import { findMainContent, renderApp, signInAs, withEmbeddedBackend } from '../renderApp';
import { resetClock, resetDb, setClock } from '../../../mocks/node';

withEmbeddedBackend();
beforeEach(() => {
  setClock(() => Date.parse('2025-10-28T09:00:00Z'));
  resetDb(200);
});
afterAll(() => resetClock());

test('in Arabic the dashboard speaks Arabic, with Arabic-Indic figures and dates', async () => {
  await signInAs('moderator');
  const { user } = renderApp('/');
  await findMainContent();
  await user.click(await screen.findByRole('button', { name: 'Language: English' }, { timeout: 10000 }));
  await user.click(screen.getByRole('menuitem', { name: 'العربية' }));
  // The admin re-renders whole after a locale change: query afresh until it settles.
  await waitFor(() => expect(within(screen.getByRole('group', { name: 'المشاهدات' })).getByText(/^[٠-٩٬]+$/)).toBeInTheDocument(), {
    timeout: 10000,
  });
  expect(screen.getByRole('button', { name: '٩٠ يومًا' })).toBeInTheDocument();
  expect(screen.getByRole('tab', { name: /بحاجة إلى مراجعة/ })).toBeInTheDocument();
  expect(await screen.findByText(/تشرين الأول ٢٠٢٥ – ٢٨ تشرين الأول ٢٠٢٥/)).toBeInTheDocument();
  expect(screen.getByRole('table', { name: 'أكثر المقالات قراءة' })).toBeInTheDocument();
});
