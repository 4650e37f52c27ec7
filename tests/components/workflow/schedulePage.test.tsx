import { screen, within } from '@testing-library/react';
import { getDb, resetDb, setClock } from '../../../mocks/node';
import { zonedLocalToUtc } from '../../../src/lib/time';
import { SchedulePage as ScheduleList } from '../../../src/schedule/SchedulePage';
import { todayIn } from '../../../src/schedule/calendar';
import { renderInAdmin, signInAs, withBackend } from './harness';

withBackend();

const ZONE = 'Europe/London';

/** Puts a seeded article on today's schedule at a wall-clock time in London. */
const schedule = (id: number, time: string, title: string, categoryId: number, isBreaking = false) => {
  const row = getDb().articles.get(id)!;
  const publishAt = zonedLocalToUtc(`${todayIn(ZONE)}T${time}`, ZONE)!;
  getDb().putArticle({ ...row, title, status: 'scheduled', publishAt, publishedAt: null, categoryId, isBreaking });
};

const itemOf = (title: string) => screen.getByText(title).closest('li')!;

test('the week shows scheduled articles in the newsroom zone, Breaking first, same-section clashes flagged', async () => {
  localStorage.setItem('newsdesk.timeZone', ZONE);
  // The server's clock sits in the past, so today's times are all still to come for it; the
  // seed is made again at that clock, so none of its articles falls in this week: made at the
  // wall clock, its stories published this morning shared the 10:00 slot (and a section) with
  // the four below whenever the test ran after 10:00.
  setClock(() => Date.parse('2020-01-01T00:00:00Z'));
  resetDb();
  await signInAs('editor');
  schedule(11, '10:00', 'Port workers strike in Basra', 5);
  schedule(12, '10:10', 'Second Basra port story', 5);
  schedule(13, '10:40', 'Earthquake felt in Erbil', 2, true);
  schedule(14, '10:05', 'Markets steady', 9);

  renderInAdmin(<ScheduleList />);
  expect(await screen.findByText('Port workers strike in Basra', {}, { timeout: 10000 })).toBeInTheDocument();
  expect(screen.getByTestId('schedule-zone')).toHaveTextContent(/Times in .*\(Europe\/London\)/);

  expect(within(itemOf('Port workers strike in Basra')).getByText('10:00 AM')).toBeInTheDocument();
  expect(within(itemOf('Earthquake felt in Erbil')).getByText('Breaking')).toBeInTheDocument();

  const clash = 'Within 15 minutes of another article in this section';
  expect(within(itemOf('Port workers strike in Basra')).getByText(clash)).toBeInTheDocument();
  expect(within(itemOf('Second Basra port story')).getByText(clash)).toBeInTheDocument();
  expect(within(itemOf('Markets steady')).queryByText(clash)).not.toBeInTheDocument();

  // In the 10:00 slot, the Breaking story comes first although it is the latest.
  const slot = itemOf('Markets steady').closest('ul')!;
  const titles = within(slot).getAllByRole('link').map((a) => a.textContent);
  expect(titles).toEqual(['Earthquake felt in Erbil', 'Port workers strike in Basra', 'Markets steady', 'Second Basra port story']);
  expect(within(itemOf('Markets steady')).getByRole('link')).toHaveAttribute('href', '/articles/14');
});
