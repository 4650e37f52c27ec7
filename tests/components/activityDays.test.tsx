import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderApp, signInAs, withEmbeddedBackend } from './renderApp';

withEmbeddedBackend();
afterEach(() => server.events.removeAllListeners());

it('filters the activity on whole days of the newsroom calendar, sent as UTC instants', async () => {
  const filters: Record<string, unknown>[] = [];
  server.events.on('request:start', ({ request }) => {
    const filter = new URL(request.url).searchParams.get('filter');
    if (request.url.includes('/api/activity?') && filter) filters.push(JSON.parse(filter));
  });
  await signInAs('admin');
  renderApp('/activity');
  const from = await screen.findByLabelText('From', {}, { timeout: 10000 });
  fireEvent.change(from, { target: { value: '2025-05-01' } });
  fireEvent.change(screen.getByLabelText('To'), { target: { value: '2025-05-01' } });
  // Baghdad is UTC+3: its 1 May runs from 21:00 UTC on 30 April to 20:59:59.999 on 1 May.
  await waitFor(
    () =>
      expect(filters.at(-1)).toMatchObject({
        at_gte: '2025-04-30T21:00:00.000Z',
        at_lte: '2025-05-01T20:59:59.999Z',
      }),
    { timeout: 15_000 },
  );
  expect(screen.getByLabelText('From')).toHaveValue('2025-05-01');
});
