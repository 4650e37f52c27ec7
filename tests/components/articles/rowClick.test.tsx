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

describe('a row click on the article list', () => {
  it(
    'asks for the article as it is clicked, once: the edit form shows what that request brought',
    { timeout: 45_000 },
    async () => {
      await signInAs('editor');
      renderApp('/articles');
      const cell = await firstTitleCell();
      // The edit screen's code, as the list loads it when idle (usePrefetchEdit).
      await Promise.all([articles.edit.preload(), preloadBodyInput()]);
      const title = cell.querySelector('span[lang]')?.textContent ?? '';
      const getOne = vi.spyOn(dataProvider, 'getOne');
      // A fixed clock: the answer stays fresh for the form however slowly jsdom renders it
      // (staleTime 2 s; the browser takes about 0.5 s from the click to the form).
      vi.useFakeTimers({ toFake: ['Date'] });
      fireEvent.click(cell);
      // Before the edit screen has rendered at all: the click itself sent the request.
      expect(getOne).toHaveBeenCalledTimes(1);
      const id = getOne.mock.calls[0][1].id;
      expect(
        await screen.findByRole('textbox', { name: /^Title/ }, { timeout: 15_000 }),
      ).toHaveValue(title);
      // The form read the click's answer (same cache key) instead of asking again.
      expect(
        getOne.mock.calls.filter(
          ([resource, p]) => resource === 'articles' && String(p.id) === String(id),
        ),
      ).toHaveLength(1);
    },
  );

  it(
    "a moderator's click opens the show page on that one request too",
    { timeout: 45_000 },
    async () => {
      await signInAs('moderator');
      renderApp('/articles');
      const cell = await firstTitleCell();
      await articles.show.preload();
      const title = cell.querySelector('span[lang]')?.textContent ?? '';
      const getOne = vi.spyOn(dataProvider, 'getOne');
      vi.useFakeTimers({ toFake: ['Date'] });
      fireEvent.click(cell);
      expect(getOne).toHaveBeenCalledTimes(1);
      const id = getOne.mock.calls[0][1].id;
      expect(
        await screen.findByRole('heading', { name: title }, { timeout: 15_000 }),
      ).toBeInTheDocument();
      expect(
        getOne.mock.calls.filter(
          ([resource, p]) => resource === 'articles' && String(p.id) === String(id),
        ),
      ).toHaveLength(1);
    },
  );
});
