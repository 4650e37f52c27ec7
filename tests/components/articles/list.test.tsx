import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getDb, server } from '../../../mocks/node';
import type { ArticleStatus } from '../../../src/schemas';
import { renderApp, signInAs, withEmbeddedBackend } from '../renderApp';

withEmbeddedBackend();

const countOf = (status?: ArticleStatus) =>
  [...getDb().articles.rows.values()].filter((a) => !status || a.status === status).length;
const fmt = (n: number) => n.toLocaleString('en');
const rows = () => within(screen.getAllByRole('table')[0]).getAllByRole('row').slice(1);
/** The count the All tab shows, as a number. */
const tabTotal = () => {
  const all = screen.getByRole('tab', { name: /^All/ }).textContent ?? '';
  return Number(/\(([\d,]+)\)/.exec(all)?.[1].replace(/,/g, ''));
};

describe('article list', () => {
  // Seven list requests and a full table render: slow on a loaded machine.
  it(
    'shows a tab per status with its count from the server, and a tab shows only its status',
    { timeout: 45000 },
    async () => {
      await signInAs('editor');
      const { user } = renderApp('/articles');
      expect(
        await screen.findByRole('tab', { name: `All (${fmt(countOf())})` }, { timeout: 10000 }),
      ).toBeInTheDocument();
      for (const [status, name] of [
        ['draft', 'Draft'],
        ['in_review', 'In review'],
        ['scheduled', 'Scheduled'],
        ['published', 'Published'],
        ['archived', 'Archived'],
      ] as const) {
        expect(
          await screen.findByRole('tab', { name: `${name} (${fmt(countOf(status))})` }),
        ).toBeInTheDocument();
      }
      await user.click(screen.getByRole('tab', { name: /^Draft/ }));
      await waitFor(
        () =>
          expect(screen.getByRole('tab', { name: /^Draft/ })).toHaveAttribute(
            'aria-selected',
            'true',
          ),
        { timeout: 15_000 },
      );
      await waitFor(
        () => {
          const statuses = rows().map((r) => within(r).getAllByRole('cell')[2].textContent);
          expect(statuses.length).toBeGreaterThan(0);
          expect(new Set(statuses)).toEqual(new Set(['Draft']));
        },
        { timeout: 15_000 },
      );
    },
  );

  it('searches on the server and recounts the tabs under the search', async () => {
    await signInAs('editor');
    const { user } = renderApp('/articles');
    const search = await screen.findByPlaceholderText('Search', {}, { timeout: 10000 });
    await user.type(search, 'rare earths');
    await waitFor(() => expect(rows().length).toBeGreaterThan(0), { timeout: 15_000 });
    await waitFor(() =>
      expect(
        screen.getByText("US, Japan sign agreement on 'securing' rare earths supply"),
      ).toBeInTheDocument(),
    );
    await waitFor(() => expect(tabTotal()).toBeLessThan(countOf()), { timeout: 15_000 });
    expect(tabTotal()).toBeGreaterThan(0);
  });

  it('pages a search by its tab’s count: the page itself comes without counting every match', async () => {
    const ranges: string[] = [];
    const record = ({ request, response }: { request: Request; response: Response }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/articles' && url.searchParams.get('filter')?.includes('"q"'))
        ranges.push(response.headers.get('Content-Range') ?? '');
    };
    server.events.on('response:mocked', record);
    try {
      await signInAs('editor');
      const { user } = renderApp('/articles');
      const search = await screen.findByPlaceholderText('Search', {}, { timeout: 10000 });
      await user.type(search, 'market');
      let total = 0;
      await waitFor(
        () => {
          total = tabTotal();
          expect(total).toBeGreaterThan(25);
          expect(total).toBeLessThan(countOf());
        },
        { timeout: 15_000 },
      );
      expect(
        await screen.findByText(`1-25 of ${total}`, {}, { timeout: 10_000 }),
      ).toBeInTheDocument();
      expect(ranges.at(-1)).toBe('articles 0-24/*');
      const firstPage = rows().map((r) => r.textContent);
      await user.click(screen.getByRole('button', { name: 'Go to next page' }));
      expect(
        await screen.findByText(`26-50 of ${total}`, {}, { timeout: 10_000 }),
      ).toBeInTheDocument();
      await waitFor(() => expect(ranges.at(-1)).toBe('articles 25-49/*'), { timeout: 10_000 });
      await waitFor(() => expect(rows().map((r) => r.textContent)).not.toContain(firstPage[0]));
      expect(rows()).toHaveLength(25);
    } finally {
      server.events.removeListener('response:mocked', record);
    }
  });

  it('puts breaking stories first', async () => {
    await signInAs('editor');
    renderApp('/articles');
    await screen.findByRole('tab', { name: /^All/ }, { timeout: 10000 });
    await waitFor(() => expect(within(rows()[0]).getByText('Breaking')).toBeInTheDocument(), {
      timeout: 15_000,
    });
  });

  it('changes the status of the selected articles in bulk', async () => {
    await signInAs('editor');
    const { user } = renderApp('/articles');
    await user.click(await screen.findByRole('tab', { name: /^Draft/ }, { timeout: 10000 }));
    await waitFor(
      () => expect(within(rows()[1]).getAllByRole('cell')[2]).toHaveTextContent('Draft'),
      { timeout: 15_000 },
    );
    const picked = rows().slice(0, 2);
    const titles = picked.map((r) => within(r).getAllByRole('cell')[1].textContent);
    for (const r of picked) await user.click(within(r).getByRole('checkbox'));
    // The bulk buttons' code loads with the first selection (the app prefetches it when idle).
    await user.click(await screen.findByRole('button', { name: 'Change status' }));
    await user.click(await screen.findByRole('menuitem', { name: 'In review' }));
    expect(
      await screen.findByText('2 articles changed', {}, { timeout: 15_000 }),
    ).toBeInTheDocument();
    const changed = [...getDb().articles.rows.values()].filter((a) => titles.includes(a.title));
    expect(changed.map((a) => a.status)).toEqual(['in_review', 'in_review']);
  });

  it('offers no bulk actions to a moderator', async () => {
    await signInAs('moderator');
    renderApp('/articles');
    await screen.findByRole('tab', { name: /^All/ }, { timeout: 10000 });
    await waitFor(() => expect(rows().length).toBeGreaterThan(0));
    expect(within(rows()[0]).queryByRole('checkbox')).toBeNull();
  });
});
