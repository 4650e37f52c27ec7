import { expect, test } from '@playwright/test';
import { signIn } from '../support/app';
import { bodyEditor, firstArticle, getArticle, openArticle, shareBackend } from './support';

test('two editors in two browsers: the second save meets the conflict view and the merge keeps both edits', async ({ browser }) => {
  const first = await browser.newContext();
  const pageA = await first.newPage();
  await signIn(pageA, 'editor');
  const second = await browser.newContext();
  await shareBackend(second, pageA);
  const pageB = await second.newPage();
  await signIn(pageB, 'admin');

  const article = await firstArticle(pageA, 'draft');
  await openArticle(pageA, article);
  await openArticle(pageB, article);

  // The admin adds a paragraph and saves first.
  await bodyEditor(pageB).click();
  await pageB.keyboard.press('Control+End');
  await pageB.keyboard.press('Enter');
  await pageB.keyboard.type('A paragraph only the second editor wrote.');
  await pageB.getByRole('button', { name: 'Save' }).click();
  await expect(pageB.getByText('Article saved')).toBeVisible();

  // The editor, still on the old version, changes the headline and saves.
  const title = pageA.getByRole('textbox', { name: 'Title', exact: true });
  await title.fill(`${article.title} (updated by the first editor)`);
  await pageA.getByRole('button', { name: 'Save' }).click();
  const dialog = pageA.getByRole('dialog', { name: 'Someone else saved this article' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(/Changed only by them, taken: Body/)).toBeVisible();
  await expect(dialog.getByText(/Changed only by you, kept: Title/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Save merged version' }).click();
  await expect(pageA.getByText('Article saved')).toBeVisible();

  const merged = await getArticle(pageA, article.id);
  expect(merged.title).toBe(`${article.title} (updated by the first editor)`);
  expect(merged.body).toContain('A paragraph only the second editor wrote.');
  await expect(title).toHaveValue(merged.title);
  await expect(bodyEditor(pageA)).toContainText('A paragraph only the second editor wrote.');
  await first.close();
  await second.close();
});

test('both editors change the headline: each sees theirs and mine, and keeping both loses no word', async ({ browser }) => {
  const first = await browser.newContext();
  const pageA = await first.newPage();
  await signIn(pageA, 'editor');
  const second = await browser.newContext();
  await shareBackend(second, pageA);
  const pageB = await second.newPage();
  await signIn(pageB, 'admin');
  const article = await firstArticle(pageA, 'draft');
  await openArticle(pageA, article);
  await openArticle(pageB, article);

  await pageB.getByRole('textbox', { name: 'Title', exact: true }).fill('Headline from the desk chief');
  await pageB.getByRole('button', { name: 'Save' }).click();
  await expect(pageB.getByText('Article saved')).toBeVisible();

  await pageA.getByRole('textbox', { name: 'Title', exact: true }).fill('Headline from the reporter');
  await pageA.getByRole('button', { name: 'Save' }).click();
  const dialog = pageA.getByRole('dialog', { name: 'Someone else saved this article' });
  await expect(dialog.getByRole('group', { name: /Title: Theirs/ })).toContainText('Headline from the desk chief');
  await expect(dialog.getByRole('group', { name: 'Title: Yours' })).toContainText('Headline from the reporter');
  await dialog.getByRole('radiogroup', { name: 'Title' }).getByLabel(/Keep both/).check();
  await dialog.getByRole('button', { name: 'Save merged version' }).click();
  await expect(pageA.getByText('Article saved')).toBeVisible();
  expect((await getArticle(pageA, article.id)).title).toBe('Headline from the desk chief Headline from the reporter');
  await first.close();
  await second.close();
});
