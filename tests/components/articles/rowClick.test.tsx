import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articles } from '../../../src/articles';
import { preloadBodyInput } from '../../../src/editor/LazyBodyInput';
import { dataProvider } from '../../../src/providers/dataProvider';
import { renderApp, signInAs, withEmbeddedBackend } from '../renderApp';

withEmbeddedBackend();
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const firstTitleCell = async () => {
  const table = (await screen.findAllByRole('table', {}, { timeout: 15_000 }))[0];
  await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(1), {
    timeout: 15_000,
  });
  return within(table).getAllByRole('row')[1].querySelector('td.column-title') as HTMLElement;
};

/**
 * Signs in, opens the list, loads the next screen's code as the list does when idle, and clicks
 * the first row's title. The click itself must have sent the request, before the next screen
 * has rendered at all. Date is fixed so the answer stays fresh for the page however slowly jsdom
 * renders it (staleTime 2 s; the browser takes about 0.5 s from the click to the form).
 */
const clickFirstRow = async (role: 'editor' | 'moderator', preload: () => Promise<unknown>) => {
  await signInAs(role);
  renderApp('/articles');
  const cell = await firstTitleCell();
  await preload();
  const title = cell.querySelector('span[lang]')?.textContent ?? '';
  const getOne = vi.spyOn(dataProvider, 'getOne');
  vi.useFakeTimers({ toFake: ['Date'] });
  fireEvent.click(cell);
  expect(getOne).toHaveBeenCalledTimes(1);
  const id = String(getOne.mock.calls[0][1].id);
  /** Every request for the clicked article so far. */
  const requests = () =>
    getOne.mock.calls.filter(([resource, p]) => resource === 'articles' && String(p.id) === id);
  return { title, requests };
};

describe('a row click on the article list', () => {
  it(
    'asks for the article as it is clicked, once: the edit form shows what that request brought',
    { timeout: 45_000 },
    async () => {
      const { title, requests } = await clickFirstRow('editor', () =>
        Promise.all([articles.edit.preload(), preloadBodyInput()]),
      );
      expect(
        await screen.findByRole('textbox', { name: /^Title/ }, { timeout: 15_000 }),
      ).toHaveValue(title);
      // The form read the click's answer (same cache key) instead of asking again.
      expect(requests()).toHaveLength(1);
    },
  );

  it(
    "a moderator's click opens the show page on that one request too",
    { timeout: 45_000 },
    async () => {
      const { title, requests } = await clickFirstRow('moderator', articles.show.preload);
      expect(
        await screen.findByRole('heading', { name: title }, { timeout: 15_000 }),
      ).toBeInTheDocument();
      expect(requests()).toHaveLength(1);
    },
  );
});
