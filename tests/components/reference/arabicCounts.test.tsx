import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryStore } from 'react-admin';
import { getDb } from '../../../mocks/node';
import { renderApp, signInAs, withEmbeddedBackend } from '../renderApp';

withEmbeddedBackend();

const inArabic = () => memoryStore({ locale: 'ar' });
const arabic = (n: number) => new Intl.NumberFormat('ar-IQ').format(n);

describe('counts in Arabic', () => {
  it('writes the section tree’s article counts in Arabic-Indic digits', async () => {
    await signInAs('editor');
    renderApp('/categories', inArabic());
    const news = await screen.findByTestId('category-news', {}, { timeout: 10000 });
    const id = Number(news.querySelector('[data-category]')?.getAttribute('data-category'));
    const count = [...getDb().articles.rows.values()].filter((a) => a.categoryId === id).length;
    expect(count).toBeGreaterThan(10);
    expect(within(news).getByText(new RegExp(`^${arabic(count)} مقال`))).toBeInTheDocument();
    const chips = screen.getAllByText(/مقال/).map((chip) => chip.textContent ?? '');
    expect(chips.filter((text) => /[0-9]/.test(text))).toEqual([]);
  });

  it('writes the article list’s tab counts and view counts in Arabic-Indic digits', async () => {
    await signInAs('editor');
    renderApp('/articles', inArabic());
    const all = getDb().articles.rows.size;
    expect(
      await screen.findByRole('tab', { name: `الكل (${arabic(all)})` }, { timeout: 10000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByRole('row').length).toBeGreaterThan(2));
    const views = screen.getAllByRole('row')[1].querySelectorAll('td.column-views');
    expect(views[0].textContent).toMatch(/^[٠-٩٬]+$/);
  });
});
