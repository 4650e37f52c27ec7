import { screen, waitFor, within } from '@testing-library/react';
import { findMainContent, renderApp, signInAs, withEmbeddedBackend } from '../renderApp';
import { resetClock, resetDb, setClock } from '../../../mocks/node';

withEmbeddedBackend();
// The dashboard reads "today" from the server's clock; freeze it so the figures are stable.
const NOW = Date.parse('2025-10-28T09:00:00Z');
beforeEach(() => {
  setClock(() => NOW);
  resetDb(200);
});
afterAll(() => resetClock());

const figure = async (label: string) => {
  const card = await screen.findByRole('group', { name: label }, { timeout: 10000 });
  await waitFor(() => expect(within(card).getByText(/^[\d,]+$/)).toBeInTheDocument(), { timeout: 10000 });
  return within(card).getByText(/^[\d,]+$/).textContent;
};

describe('metrics dashboard', () => {
  test('changing the period refetches: the figures and the dates shown change', async () => {
    await signInAs('moderator');
    const { user } = renderApp('/');
    await findMainContent();
    const week = await figure('Views');
    expect(screen.getByText('Oct 22, 2025 – Oct 28, 2025')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '90 days' }));
    await screen.findByText('Jul 31, 2025 – Oct 28, 2025', {}, { timeout: 10000 });
    await waitFor(async () => expect(await figure('Views')).not.toBe(week), { timeout: 10000 });
    expect(Number((await figure('Views'))!.replace(/,/g, ''))).toBeGreaterThan(Number(week!.replace(/,/g, '')));
    expect(screen.getByRole('table', { name: 'Top articles' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Totals by section' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
  });

  test('a period without rows shows the empty state, not empty charts', async () => {
    await signInAs('editor');
    const { user } = renderApp('/');
    await findMainContent();
    await figure('Views');
    await user.click(screen.getByRole('button', { name: 'Custom range' }));
    await user.type(screen.getByLabelText('From'), '2024-01-01');
    await user.type(screen.getByLabelText('To'), '2024-01-31');
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(await screen.findByText('No views or shares in this period', {}, { timeout: 10000 })).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Top articles' })).not.toBeInTheDocument();
    // Editors read metrics but may not export them.
    expect(screen.queryByRole('button', { name: 'Export CSV' })).not.toBeInTheDocument();
  });
});
