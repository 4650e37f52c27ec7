import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { formatInZone, zoneLabel } from '../../../src/lib/time';
import { setNewsroomZone } from '../../../src/schedule/timeZoneSetting';
import { renderApp, signInAs, withEmbeddedBackend } from '../renderApp';

withEmbeddedBackend();
afterEach(() => server.events.removeAllListeners());

const table = () => screen.getAllByRole('table')[0];
const timeHeader = () => within(table()).getByRole('columnheader', { name: /Publish time/ });

describe('the newsroom zone, changed while a list is open', () => {
  it('renames the time column and rewrites the times at once, without a reload', async () => {
    await signInAs('editor');
    renderApp('/articles');
    await waitFor(() => expect(table().querySelector('tbody time')).not.toBeNull(), {
      timeout: 10000,
    });
    expect(timeHeader()).toHaveTextContent(zoneLabel('Asia/Baghdad', 'en'));
    const cell = table().querySelector('tbody time')!;
    const at = cell.getAttribute('dateTime')!;
    expect(cell).toHaveTextContent(formatInZone(at, 'en', 'Asia/Baghdad', { showZone: false }));

    // What the Schedule page's zone picker does (here, or in another tab of the browser).
    act(() => setNewsroomZone('America/New_York'));

    expect(timeHeader()).toHaveTextContent(zoneLabel('America/New_York', 'en'));
    expect(timeHeader()).not.toHaveTextContent('Iraq');
    const same = table().querySelector(`tbody time[datetime="${at}"]`)!;
    expect(same).toHaveTextContent(formatInZone(at, 'en', 'America/New_York', { showZone: false }));
    expect(same.textContent).not.toBe(formatInZone(at, 'en', 'Asia/Baghdad', { showZone: false }));
  });

  it('keeps the day a date filter was picked for, and asks the server for that day in the new zone', async () => {
    const filters: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const filter = new URL(request.url).searchParams.get('filter');
      if (request.url.includes('/api/articles?') && filter) filters.push(filter);
    });
    await signInAs('editor');
    // "Published from 1 May", picked while the newsroom was on Baghdad time.
    const filter = encodeURIComponent(
      JSON.stringify({ publishedAt_gte: '2025-04-30T21:00:00.000Z' }),
    );
    renderApp(`/articles?filter=${filter}`);
    const from = () => screen.getByLabelText('Published from');
    await waitFor(() => expect(from()).toHaveValue('2025-05-01'), { timeout: 10000 });

    act(() => setNewsroomZone('Europe/London'));

    await waitFor(
      () => expect(filters.some((f) => f.includes('2025-04-30T23:00:00.000Z'))).toBe(true),
      { timeout: 15_000 },
    );
    expect(from()).toHaveValue('2025-05-01');
  });
});
