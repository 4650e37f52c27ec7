import { expect, test } from '@playwright/test';
import { api, signIn, watchErrors } from '../support/app';

type Stored = { id: number; body: string; title: string };

test('an editor writes an article with a heading, a list, a link and a credited image; the body survives reopening unchanged', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await signIn(page, 'editor');
  await page.goto('/#/articles/create');
  await page
    .getByRole('textbox', { name: 'Title', exact: true })
    .fill('Rare earths: what the deal changes');
  await expect(page.getByRole('textbox', { name: 'Slug', exact: true })).toHaveValue(
    'rare-earths-what-the-deal-changes',
  );

  const body = page.locator('.ProseMirror');
  await body.click();
  await page.keyboard.type('## The agreement');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Two governments signed it on Tuesday.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- mining');
  await page.keyboard.press('Enter');
  await page.keyboard.type('processing');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Read the text');
  await page.keyboard.down('Shift');
  for (let i = 0; i < 'the text'.length; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.up('Shift');
  await page.getByRole('button', { name: /^Link/ }).first().click();
  const linkDialog = page.getByRole('dialog');
  await linkDialog.getByLabel('Link URL').fill('https://www.whitehouse.gov/briefings/');
  await linkDialog.getByRole('button', { name: 'Apply' }).click();
  await expect(linkDialog).toBeHidden();
  await expect(body.locator('a', { hasText: 'the text' })).toBeVisible();
  // Focus is back in the text with the caret after the link: typing goes on after it.
  await expect(body).toBeFocused();
  await page.keyboard.type(' today.');
  await expect(body.locator('p', { hasText: 'Read the text today.' })).toBeVisible();
  await expect(body.locator('a')).toHaveText('the text');
  await page.keyboard.press('Enter');

  await page
    .getByRole('button', { name: /^Image/ })
    .first()
    .click();
  const imageDialog = page.getByRole('dialog');
  await imageDialog.getByLabel('Image URL').fill('https://picsum.photos/seed/deal/800/450');
  await imageDialog.getByLabel('Alt text').fill('Two ministers shake hands');
  await imageDialog.getByLabel('Caption').fill('The signing in Tokyo');
  await imageDialog.getByLabel('Photo credit').fill('ANDREW');
  await page
    .getByRole('option', { name: /ANDREW CABALLERO-REYNOLDS/ })
    .first()
    .click();
  await imageDialog.getByRole('button', { name: 'Insert' }).click();

  await expect(body.locator('figure figcaption')).toContainText(
    'Photo by ANDREW CABALLERO-REYNOLDS / AFP',
  );
  // The caret waits in a paragraph after the figure, so typing cannot replace the photo.
  await expect(body).toBeFocused();
  await page.keyboard.type('More to follow.');
  await expect(body.locator('figure + p')).toHaveText('More to follow.');
  await expect(body.locator('a')).toHaveText('the text');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/#\/articles\/\d+$/);
  const id = Number(/articles\/(\d+)/.exec(page.url())![1]);
  const first = (await api<Stored>(page, 'GET', `/articles/${id}`)).json;
  expect(first.body).toContain('<h2>The agreement</h2>');
  expect(first.body).toMatch(/<ul><li><p>mining<\/p><\/li><li><p>processing<\/p><\/li><\/ul>/);
  expect(first.body).toMatch(
    /<a [^>]*href="https:\/\/www\.whitehouse\.gov\/briefings\/"[^>]*>the text<\/a> today\.<\/p>/,
  );
  expect(first.body).toMatch(
    /<figure[\s\S]*<img[^>]+alt="Two ministers shake hands"[\s\S]*<figcaption>[\s\S]*Photo by ANDREW CABALLERO-REYNOLDS \/ AFP[\s\S]*<\/figure><p>More to follow\.<\/p>$/,
  );

  // Reopen from the list, change only the headline, save: the body must come back byte for byte.
  await page.goto('/#/articles');
  await page.getByPlaceholder('Search').fill('what the deal changes');
  await page.getByText('Rare earths: what the deal changes').click();
  await expect(page.locator('.ProseMirror h2')).toHaveText('The agreement');
  await page
    .getByRole('textbox', { name: 'Title', exact: true })
    .fill('Rare earths: what the deal really changes');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(async () => (await api<Stored>(page, 'GET', `/articles/${id}`)).json.title)
    .toBe('Rare earths: what the deal really changes');
  const second = (await api<Stored>(page, 'GET', `/articles/${id}`)).json;
  expect(second.body).toBe(first.body);
  expect(errors).toEqual([]);
});
