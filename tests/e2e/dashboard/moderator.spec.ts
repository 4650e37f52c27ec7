import { expect, test, type Page } from '@playwright/test';
import { signIn, watchErrors } from '../support/app';

/** The big figure of a summary card ("Views", "Shares") as a number. */
const figure = async (page: Page, label: string) => {
  const card = page.getByRole('group', { name: label });
  const text = card.getByText(/^[\d,]+$/);
  await expect(text).toBeVisible();
  return Number((await text.textContent())!.replace(/,/g, ''));
};

test('a moderator reads the dashboard, changes the period, opens a top article and reviews a spike', async ({ page }) => {
  const errors = watchErrors(page);
  await signIn(page, 'moderator');

  // The landing page: 7 days by default, compared with the 7 before.
  await expect(page.getByRole('button', { name: '7 days', pressed: true })).toBeVisible();
  const weekViews = await figure(page, 'Views');
  const weekShares = await figure(page, 'Shares');
  expect(weekViews).toBeGreaterThan(0);
  const range = page.getByText(/^\w{3} \d+, \d{4} – \w{3} \d+, \d{4}$/);
  const weekRange = await range.textContent();

  // 90 days: the dates shown and every figure change with it.
  await page.getByRole('button', { name: '90 days' }).click();
  await expect(range).not.toHaveText(weekRange!);
  await expect.poll(() => figure(page, 'Views')).toBeGreaterThan(weekViews);
  expect(await figure(page, 'Shares')).toBeGreaterThan(weekShares);
  await expect(page.getByRole('region', { name: 'Views and shares per day' }).locator('.recharts-line').first()).toBeVisible();

  // The first top article opens on its show page, with its own chart.
  const top = page.getByRole('table', { name: 'Top articles' });
  const first = top.getByRole('row').nth(1).getByRole('link');
  const title = (await first.textContent())!;
  await first.click();
  await expect(page).toHaveURL(/#\/articles\/\d+\/show$/);
  await expect(page.getByRole('heading', { name: title }).first()).toBeVisible();
  const chart = page.getByRole('region', { name: 'Views and shares' });
  await expect(chart.getByText(/views and .* shares from/)).toBeVisible();
  await expect(chart.locator('.recharts-line').first()).toBeVisible();

  // Needs review: mark the first spike reviewed with a note.
  await page.goto('/#/?tab=review');
  const list = page.getByRole('table', { name: 'Needs review' });
  await expect(list).toBeVisible();
  const rows = list.getByRole('row');
  const before = await rows.count();
  const spikeTitle = (await rows.nth(1).getByRole('link').textContent())!;
  await rows.nth(1).getByRole('button', { name: /^Mark reviewed/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Mark this spike reviewed' });
  await dialog.getByLabel('Note (optional)').fill('Linked from a national broadcaster');
  await dialog.getByRole('button', { name: 'Mark reviewed' }).click();
  await expect(page.getByText('Spike marked reviewed')).toBeVisible();
  await expect(rows).toHaveCount(before - 1);

  // Stored on the server (and persisted): it shows as reviewed, by whom, after a reload.
  await page.reload();
  await page.getByRole('switch', { name: 'Show reviewed' }).check();
  const reviewed = list.getByRole('row').filter({ hasText: spikeTitle }).filter({ hasText: 'Linked from a national broadcaster' });
  await expect(reviewed).toContainText(/Reviewed by .+/);
  expect(errors).toEqual([]);
});
