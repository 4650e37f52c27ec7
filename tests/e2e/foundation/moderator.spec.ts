import { expect, test } from '@playwright/test';
import { api, signIn } from '../support/app';

test('the API refuses a moderator write and the UI offers none', async ({ page }) => {
  await signIn(page, 'moderator');

  const write = await api<{ message: string }>(page, 'POST', '/tags', {
    name: 'Sneaky',
    slug: 'sneaky',
  });
  expect(write.status).toBe(403);
  const put = await api(page, 'PUT', '/articles/1', { title: 'Changed' });
  expect(put.status).toBe(403);

  for (const resource of ['articles', 'tags', 'categories', 'authors', 'photo-credits']) {
    await page.goto(`/#/${resource}`);
    // Lists are tables; sections are a tree of nested lists.
    const rows = page
      .locator('tbody tr')
      .or(page.getByRole('list', { name: 'Sections' }).getByRole('listitem'));
    await expect(rows.first()).toBeVisible();
    await expect(page.getByRole('link', { name: /^create$/i })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^delete$/i })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^edit$/i })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^move .* (up|down)$/i })).toHaveCount(0);
  }
});
