import { render, screen, within } from '@testing-library/react';
import { AdminContext } from 'react-admin';
import { ArticleMetricsChart } from '../../../src/metrics/ArticleMetricsChart';
import { authProvider } from '../../../src/providers/authProvider';
import { dataProvider } from '../../../src/providers/dataProvider';
import { createI18nProvider } from '../../../src/providers/i18nProvider';
import { getDb, resetClock, resetDb, setClock } from '../../../mocks/node';
import { signInAs, withEmbeddedBackend } from '../renderApp';

withEmbeddedBackend();
const NOW = Date.parse('2025-10-28T09:00:00Z');
beforeEach(() => {
  setClock(() => NOW);
  resetDb(200);
});
afterAll(() => resetClock());

test('an article’s chart states its totals and lists every day for screen readers', async () => {
  await signInAs('editor');
  const old = [...getDb().articles.rows.values()].find((a) => a.publishedAt && Date.parse(a.publishedAt) < NOW - 100 * 86_400_000)!;
  render(
    <AdminContext dataProvider={dataProvider} authProvider={authProvider} i18nProvider={createI18nProvider()}>
      <ArticleMetricsChart articleId={old.id} />
    </AdminContext>,
  );
  const section = await screen.findByRole('region', { name: 'Views and shares' });
  const totals = await within(section).findByText(/views and .* shares from Jul 31, 2025 to Oct 28, 2025/, {}, { timeout: 10000 });
  const views = Number(totals.textContent!.split(' ')[0].replace(/,/g, ''));
  const article = (await (await fetch(`http://localhost/api/articles/${old.id}`, { headers: { Authorization: `Bearer ${JSON.parse(sessionStorage.getItem('newsdesk.session')!).token}` } })).json()) as { views: number };
  expect(views).toBe(article.views);
  const table = within(section).getByRole('table');
  expect(within(table).getAllByRole('row')).toHaveLength(91); // header + 90 days
});
