import { expect, test, type Page } from '@playwright/test';
import { tabTo } from './tabTo';
import { accounts, api, menu, PASSWORD } from '../support/app';

/** Picks an option in an open listbox by typing to filter or arrowing down to it. */
async function chooseOption(page: Page, name: RegExp) {
  const option = page.getByRole('option', { name });
  await expect(option.first()).toBeVisible();
  for (let i = 0; i < 40; i += 1) {
    const active = await option
      .first()
      .evaluate(
        (el) =>
          el === document.activeElement ||
          el.classList.contains('Mui-focused') ||
          el.getAttribute('aria-selected') === 'true' ||
          el.id === document.activeElement?.getAttribute('aria-activedescendant'),
      );
    if (active) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}

test('an editor signs in, writes and schedules an article with the keyboard alone', async ({
  page,
}) => {
  const title = `Keyboard only ${Date.now()}`;
  await page.goto('/#/login');
  await tabTo(page, page.getByLabel('Email'));
  await page.keyboard.type(accounts.editor);
  await tabTo(page, page.getByLabel('Password'));
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(menu(page).getByRole('menuitem', { name: 'Articles' })).toBeVisible();

  await tabTo(page, menu(page).getByRole('menuitem', { name: 'Articles' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/articles/);
  await tabTo(page, page.getByRole('link', { name: 'Create' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/articles\/create/);

  await tabTo(page, page.getByRole('textbox', { name: 'Title', exact: true }));
  await page.keyboard.type(title);
  await tabTo(page, page.getByRole('textbox', { name: 'Summary', exact: true }));
  await page.keyboard.type('Written without touching the mouse.');
  await tabTo(page, page.getByRole('textbox', { name: 'Body' }));
  // Scheduling runs the publish checklist: a body of at least 50 words.
  await page.keyboard.type(
    Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} of the keyboard story.`).join(' '),
  );

  await tabTo(page, page.getByRole('combobox', { name: 'Category' }));
  await page.keyboard.press('ArrowDown');
  await chooseOption(page, /^Sports$/);
  await tabTo(page, page.getByRole('combobox', { name: 'Author' }));
  await page.keyboard.type('AFP');
  await chooseOption(page, /^AFP/);

  await tabTo(page, page.getByRole('combobox', { name: /^Status/ }));
  await page.keyboard.press('ArrowDown');
  await chooseOption(page, /^Scheduled$/);
  // Chromium orders the segments of datetime-local by its own UI language (en-US here, whatever
  // the page's locale): month, day, year, Tab to the time, hours, minutes, A for AM.
  await tabTo(page, page.getByRole('textbox', { name: 'Publish at', exact: true }));
  await page.keyboard.type('01152030');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1030A');
  await expect(page.getByRole('textbox', { name: 'Publish at', exact: true })).toHaveValue(
    '2030-01-15T10:30',
  );

  await tabTo(page, page.getByRole('button', { name: 'Save' }));
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/create/);

  const { json } = await api<{ title: string; status: string; publishAt: string }[]>(
    page,
    'GET',
    `/articles?filter=${encodeURIComponent(JSON.stringify({ q: title }))}`,
  );
  expect(json).toEqual([
    expect.objectContaining({
      title,
      status: 'scheduled',
      // 10:30 in Baghdad (UTC+3), the default newsroom zone.
      publishAt: '2030-01-15T07:30:00.000Z',
    }),
  ]);
});
