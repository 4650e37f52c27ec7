import { expect, test } from '@playwright/test';
import { api, signIn } from '../support/app';

test('an admin creates a tag and renames it, and the change survives a reload', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/#/tags/create');
  await page.getByLabel('Name').fill('Rare earths');
  const slug = page.getByLabel('Slug');
  if ((await slug.inputValue()) === '') await slug.fill('rare-earths');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).not.toHaveURL(/create/);

  await page.goto('/#/tags');
  await page.getByRole('textbox', { name: 'Search' }).fill('Rare earths');
  // The search applies after a pause and redraws the rows: click once only the match is left.
  await expect(page.getByText('1-1 of 1')).toBeVisible();
  await page.getByRole('cell', { name: 'Rare earths', exact: true }).click();
  await expect(page).toHaveURL(/#\/tags\/\d+$/);
  // The list may still be on screen for a moment after the address changes: wait for the field.
  const name = page.getByRole('textbox', { name: 'Name' });
  await expect(name).toHaveValue('Rare earths');
  await name.fill('Rare-earth minerals');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/#\/tags(\?|$)/);

  await page.reload();
  await page.getByRole('textbox', { name: 'Search' }).fill('Rare-earth');
  await expect(page.getByRole('cell', { name: 'Rare-earth minerals', exact: true })).toBeVisible();
  const found = await api<{ name: string }[]>(page, 'GET', '/tags?filter={"q":"rare-earth"}');
  expect(found.json.map((t) => t.name)).toEqual(['Rare-earth minerals']);
});
