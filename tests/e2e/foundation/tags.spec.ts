import { expect, test } from '@playwright/test';
import { api, signIn } from '../support/app';

test('an admin creates a tag and renames it, and the change survives a reload', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/#/tags/create');
  await page.getByLabel('Name').fill('Rare earths');
  const slug = page.getByLabel('Slug');
  if ((await slug.inputValue()) === '') await slug.fill('rare-earths');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/#\/tags\/\d+/);

  await page.getByLabel('Name').fill('Rare-earth minerals');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/#\/tags(\?|$)/);

  await page.reload();
  await page.getByLabel('Search').fill('Rare-earth');
  await expect(page.getByRole('cell', { name: 'Rare-earth minerals' })).toBeVisible();
  const found = await api<{ name: string }[]>(page, 'GET', '/tags?filter={"q":"rare-earth"}');
  expect(found.json.map((t) => t.name)).toContain('Rare-earth minerals');
});
