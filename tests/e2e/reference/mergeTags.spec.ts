import { expect, test } from '@playwright/test';
import { api, signIn } from '../support/app';

interface Tag { id: number; name: string; articleCount: number }
interface Article { id: number; tagIds: number[] }

test('an admin merges two tags and the articles follow', async ({ page }) => {
  await signIn(page, 'admin');
  const tags = (await api<Tag[]>(page, 'GET', '/tags?filter={"q":"tr"}')).json;
  const trump = tags.find((t) => t.name === 'trump')!;
  const trade = tags.find((t) => t.name === 'trade')!;
  const carrying = async (id: number) =>
    (await api<Article[]>(page, 'GET', `/articles?filter={"tagIds":${id}}&range=[0,9999]`)).json.map((a) => a.id);
  const tradeArticles = await carrying(trade.id);
  expect(tradeArticles.length).toBeGreaterThan(0);

  await page.goto('/#/tags');
  await page.getByRole('textbox', { name: 'Search' }).fill('tr');
  for (const name of ['trump', 'trade']) {
    await page.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) }).first().getByRole('checkbox').check();
  }
  await page.getByRole('button', { name: 'Merge' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /^trump/ }).check();
  await expect(dialog.getByRole('status')).toContainText(`${tradeArticles.length} article`);
  await expect(dialog.getByRole('status')).toContainText('will carry “trump” instead');
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByText(/Tags merged/)).toBeVisible();

  await expect(page.getByRole('cell', { name: 'trade', exact: true })).toHaveCount(0);
  expect(await carrying(trade.id)).toEqual([]);
  const trumpNow = await carrying(trump.id);
  for (const id of tradeArticles) expect(trumpNow).toContain(id);
  expect((await api(page, 'GET', `/tags/${trade.id}`)).status).toBe(404);
});
