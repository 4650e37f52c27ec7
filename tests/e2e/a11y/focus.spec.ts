import { expect, test } from '@playwright/test';
import { signIn } from '../support/app';
import { tabTo } from './tabTo';

const focusInside = (selector: string) => `document.activeElement?.closest('${selector}') !== null`;

test('the reset-demo dialog keeps the focus inside and gives it back to the user menu', async ({
  page,
}) => {
  await signIn(page, 'admin');
  const userMenu = page.getByRole('button', { name: 'Profile' });
  await tabTo(page, userMenu);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Reset demo data' })).toBeVisible();
  // Arrow keys move within a menu (Tab would close it); it may open with the list focused.
  const reset = page.getByRole('menuitem', { name: 'Reset demo data' });
  for (let i = 0; i < 3 && !(await reset.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('ArrowDown');
  await expect(reset).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Reset demo data?' });
  await expect(dialog).toBeVisible();
  // MUI focuses the dialog's container (around the role="dialog" paper) first, then Tab walks
  // the dialog's buttons and wraps round without ever leaving it.
  for (let i = 0; i < 6; i += 1) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(focusInside('[role="dialog"]')), `Tab ${i + 1}`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(userMenu).toBeFocused();
});

test('the focus ring is visible on a keyboard-focused button', async ({ page }) => {
  await page.goto('/#/login');
  const signInButton = page.getByRole('button', { name: 'Sign in' });
  await tabTo(page, signInButton);
  const outline = await signInButton.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
});
