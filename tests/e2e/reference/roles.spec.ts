import { expect, test } from '@playwright/test';
import { api, menu, signIn } from '../support/app';

test('an editor cannot open Users, not even by typing its address', async ({ page }) => {
  await signIn(page, 'editor');
  await expect(menu(page).getByRole('menuitem', { name: 'Users' })).toHaveCount(0);
  for (const path of ['/#/users', '/#/users/1', '/#/users/create', '/#/activity']) {
    await page.goto(path);
    await expect(page.getByText(/not allowed|access denied|unauthorized/i).first()).toBeVisible();
    await expect(page.getByText('admin@newsdesk.test')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  }
  expect((await api(page, 'GET', '/users')).status).toBe(403);
  expect((await api(page, 'GET', '/activity')).status).toBe(403);
});

const lists = ['articles', 'categories', 'tags', 'authors', 'photo-credits'];

test('a moderator sees no create, edit or delete anywhere', async ({ page }) => {
  await signIn(page, 'moderator');
  for (const resource of lists) {
    await page.goto(`/#/${resource}`);
    await expect(page.locator('main')).toBeVisible();
    // The list has loaded (rows or the tree) before looking for what must not be there.
    await expect(page.locator('main').getByRole(resource === 'categories' ? 'listitem' : 'row').nth(1)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Create' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^(Create|Delete|Edit|Merge)/ })).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
  }
  // A record's page: read-only.
  for (const path of ['/#/authors/1/show', '/#/photo-credits/1/show']) {
    await page.goto(path);
    await expect(page.getByText('Articles', { exact: false }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Delete/ })).toHaveCount(0);
  }
  // Typed edit and create addresses do not give a form either.
  for (const path of ['/#/tags/1', '/#/categories/1', '/#/authors/create', '/#/photo-credits/1']) {
    await page.goto(path);
    await expect(page.getByText(/not allowed|access denied|unauthorized/i).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  }
  expect((await api(page, 'DELETE', '/tags/1')).status).toBe(403);
});
