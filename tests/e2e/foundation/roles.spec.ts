import { expect, test } from '@playwright/test';
import { accounts, menu, menuEntries, signIn, type DemoRole } from '../support/app';

for (const role of Object.keys(accounts) as DemoRole[]) {
  test(`${role} sees exactly the menu entries the role may open`, async ({ page }) => {
    await signIn(page, role);
    const expected = Object.entries(menuEntries)
      .filter(([, roles]) => roles.includes(role))
      .map(([name]) => name);
    await expect(menu(page).getByRole('menuitem')).toHaveText(expected);
  });
}

test('a wrong password gets a clear error and keeps the email typed', async ({ page }) => {
  await page.goto('/#/login');
  await page.getByLabel('Email').fill(accounts.editor);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/wrong email or password/i)).toBeVisible();
  await expect(page.getByLabel('Email')).toHaveValue(accounts.editor);
  await expect(page).toHaveURL(/#\/login/);
});

test('the login page lists the demo accounts of the embedded backend', async ({ page }) => {
  await page.goto('/#/login');
  for (const email of Object.values(accounts)) await expect(page.getByText(email)).toBeVisible();
});
