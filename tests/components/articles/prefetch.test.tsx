import { QueryClient } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { prefetchArticleList } from '../../../src/articles/list/prefetchArticleList';
import { authProvider } from '../../../src/providers/authProvider';
import { dataProvider } from '../../../src/providers/dataProvider';
import type { Article } from '../../../src/schemas';
import { renderApp, signInAs, withEmbeddedBackend } from '../renderApp';

withEmbeddedBackend();

type Page = { data: Article[] };
const firstPage = (queryClient: QueryClient) =>
  queryClient.getQueriesData<Page>({ queryKey: ['articles', 'getList'] })[0]?.[1];

describe('the article list asked for at start (a reload of #/articles)', () => {
  it('shows the page fetched before the app rendered: the list asks under the same key', async () => {
    await signInAs('editor');
    const queryClient = new QueryClient();
    prefetchArticleList(queryClient, '#/articles');
    await waitFor(() => expect(firstPage(queryClient)?.data).toHaveLength(25), { timeout: 10_000 });
    // Renamed on the server after the prefetch: a list that asked again would show the new title.
    const top = firstPage(queryClient)!.data[0];
    const full = (await dataProvider.getOne<Article>('articles', { id: top.id })).data;
    await dataProvider.update('articles', {
      id: top.id,
      data: { ...full, title: `${top.title} (renamed)` },
      previousData: full,
    });
    renderApp('/articles', undefined, queryClient);
    expect(await screen.findByText(top.title, {}, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('asks nothing on another screen or without a session', async () => {
    await authProvider.logout({});
    const queryClient = new QueryClient();
    prefetchArticleList(queryClient, '#/articles');
    expect(firstPage(queryClient)).toBeUndefined(); // not signed in
    await signInAs('editor');
    prefetchArticleList(queryClient, '#/tags');
    prefetchArticleList(queryClient, '#/articles/12');
    expect(queryClient.getQueryCache().getAll()).toHaveLength(0);
  });
});
