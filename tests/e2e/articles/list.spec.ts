import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { api, signIn } from '../support/app';

const rows = (page: Page) => page.locator('tbody tr');

/**
 * "Add filter", then one of its entries, once the menu has finished growing (MUI's Grow leaves
 * `transform: none` when it has entered), and the menu closed after. A CI run found the menu
 * still open, the entry focused and no filter shown: a click that did not reach the entry's
 * handler. Most likely it came while the menu still grew, with the page's thread busy, so the
 * press and the release fell on different places.
 */
const addFilter = async (page: Page, name: string) => {
  await page.getByRole('button', { name: 'Add filter' }).click();
  // The filter menu, not the sidebar's (also a menu).
  const menu = page.getByRole('menu').filter({ has: page.getByRole('menuitemcheckbox') });
  await expect(page.locator('.MuiMenu-paper')).toHaveCSS('transform', 'none');
  await menu.getByRole('menuitemcheckbox', { name }).click();
  await expect(menu).toBeHidden();
};
const tabCount = async (page: Page, name: string) => {
  const text =
    (await page.getByRole('tab', { name: new RegExp(`^${name} \\(`) }).textContent()) ?? '';
  return Number(/\(([\d,]+)\)/.exec(text)![1].replace(/,/g, ''));
};

test('tabs show their counts and filter by status; a language filter narrows the rows', async ({
  page,
}) => {
  await signIn(page, 'editor');
  await page.goto('/#/articles');
  const scheduled = (
    await api<unknown[]>(page, 'GET', '/articles?filter={"status":"scheduled"}&range=[0,999]')
  ).json.length;
  await expect(page.getByRole('tab', { name: `Scheduled (${scheduled})` })).toBeVisible();

  // The language filter first, and applied (every row Arabic) before the next click: the filter
  // form submits its values after a debounce, with the shown filters of that moment, so a filter
  // shown within that half second of a tab change was hidden again (seen once in a full run).
  await addFilter(page, 'Language');
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'Arabic' }).click();
  await expect(rows(page).first()).toContainText('Arabic');
  await expect(rows(page).filter({ hasNotText: 'Arabic' })).toHaveCount(0);
  await expect.poll(() => tabCount(page, 'Scheduled')).toBeLessThan(scheduled);

  await page.getByRole('tab', { name: /^Scheduled/ }).click();
  await expect(rows(page).first()).toContainText('Scheduled');
  await expect(rows(page).filter({ hasNotText: 'Scheduled' })).toHaveCount(0);
  await expect(rows(page).filter({ hasNotText: 'Arabic' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
});

test('the category filter takes a section with its subsections', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/#/articles');
  await addFilter(page, 'Category');
  await page.getByRole('combobox', { name: 'Category' }).click();
  await page.getByRole('option', { name: 'News', exact: true }).click();
  const news = ['News', 'Breaking News', 'Local', 'Regional', 'International'];
  await expect(rows(page).first()).toBeVisible();
  await expect
    .poll(async () => {
      const cells = await rows(page).locator('td:nth-child(4)').allTextContents();
      return cells.length > 0 && cells.every((c) => news.includes(c.trim()));
    })
    .toBe(true);
  const categories = new Set(
    (await rows(page).locator('td:nth-child(4)').allTextContents()).map((c) => c.trim()),
  );
  expect(categories.size).toBeGreaterThan(1);
});

test('an editor moves two drafts to In review in bulk', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/#/articles');
  await page.getByRole('tab', { name: /^Draft/ }).click();
  await expect(rows(page).nth(1)).toContainText('Draft');
  const before = await tabCount(page, 'In review');
  await rows(page).nth(0).getByRole('checkbox').check();
  await rows(page).nth(1).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Change status' }).click();
  await page.getByRole('menuitem', { name: 'In review' }).click();
  await expect(page.getByText('2 articles changed')).toBeVisible();
  await expect.poll(() => tabCount(page, 'In review')).toBe(before + 2);
});

test('CSV export downloads every article matching the filters, page by page', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/#/articles');
  await page.getByRole('tab', { name: /^Published/ }).click();
  // The tab's filter reaches the list after react-admin's debounce: wait until the list shows it,
  // or the export would still take the unfiltered list.
  await expect(page.getByRole('tab', { name: /^Published/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page).toHaveURL(/status%22%3A%22published|status":"published/);
  await expect(rows(page).first()).toContainText('Published');
  await expect(rows(page).filter({ hasNotText: 'Published' })).toHaveCount(0);
  const expected = await tabCount(page, 'Published');
  expect(expected).toBeGreaterThan(500); // more than one export page
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const file = await (await download).path();
  const text = (await readFile(file, 'utf8')).replace(/^\ufeff/, '');
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toMatch(/^id,title,slug,lang,status,category,author,tags,/);
  expect(lines).toHaveLength(expected + 1);
  const ids = new Set(lines.slice(1).map((l) => l.split(',')[0]));
  expect(ids.size).toBe(expected);
  expect(lines.slice(1).every((l) => l.includes(',published,'))).toBe(true);
});

test('a search pages by its tab’s count, and exports every match', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/#/articles');
  await expect(rows(page).first()).toBeVisible();
  // The list's own request under a search is not counted (Prefer: count=none)…
  const searched = page.waitForResponse(
    (r) =>
      r.url().includes('/api/articles?') && decodeURIComponent(r.url()).includes('"q":"market"'),
  );
  await page.getByPlaceholder('Search').fill('market');
  expect((await searched).headers()['content-range']).toBe('articles 0-24/*');
  // …its total is the tab's count, shown as soon as the tabs have it.
  await expect.poll(() => tabCount(page, 'All')).toBeGreaterThan(500);
  const matches = await tabCount(page, 'All');
  await expect(page.getByText(`1-25 of ${matches}`)).toBeVisible();
  await page.getByRole('button', { name: 'Go to next page' }).click();
  await expect(page.getByText(`26-50 of ${matches}`)).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const text = (await readFile(await (await download).path(), 'utf8')).replace(/^\ufeff/, '');
  expect(text.trim().split('\r\n')).toHaveLength(matches + 1);
});

test('under 600 px the list is compact: each row keeps title, status and time, and the zone is named', async ({
  page,
}) => {
  await signIn(page, 'editor');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/#/articles');
  await expect(page.getByText(/^Times in Iraq Time, GMT\+3$/)).toBeVisible();
  // No table at this width: a list whose items link to the articles.
  await expect(page.locator('table')).toHaveCount(0);
  const first = page.locator('main li a').first();
  await expect(first).toBeVisible();
  await expect(first).toContainText(/Draft|In review|Scheduled|Published|Archived/);
  await expect(first).toContainText(/\d{1,2}:\d{2}/);
  const box = await first.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
});
