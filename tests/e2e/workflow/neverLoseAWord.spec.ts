import { expect, test, type Page } from '@playwright/test';
import { trackRequests } from '../browser/tabs';
import { api, signIn } from '../support/app';
import {
  bodyEditor,
  deviceCopyHolds,
  failNextArticleSave,
  firstArticle,
  formDrawn,
  getArticle,
  openArticle,
} from './support';

test('reload in the middle of editing: restore is offered and the text is intact', async ({ page }) => {
  await signIn(page, 'editor');
  const article = await firstArticle(page, 'draft');
  await openArticle(page, article);
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Headline typed before the reload');
  await bodyEditor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' A sentence typed before the reload.');
  // The copy is taken at least every 5 seconds (every 2 here): the reload comes once it holds the sentence.
  await expect.poll(() => deviceCopyHolds(page, 'A sentence typed before the reload.')).toBe(true);
  page.on('dialog', (d) => void d.accept()); // the leave guard asks before the reload
  await page.reload();

  await expect(page.getByText(/Unsaved changes from .* were kept on this device/)).toBeVisible();
  await page.getByRole('button', { name: 'Restore them' }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Headline typed before the reload');
  await expect(bodyEditor(page)).toContainText('A sentence typed before the reload.');

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Article saved')).toBeVisible();
  const saved = await getArticle(page, article.id);
  expect(saved.title).toBe('Headline typed before the reload');
  expect(saved.body).toContain('A sentence typed before the reload.');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Headline typed before the reload');
  await expect(page.getByText(/were kept on this device/)).toHaveCount(0);
});

test('the API answers 500 to a save: every value is kept and the retry succeeds', async ({ page }) => {
  await signIn(page, 'editor');
  const article = await firstArticle(page, 'draft');
  await openArticle(page, article);
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Headline that survives a server error');
  await failNextArticleSave(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(/could not be saved: HTTP 500/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Headline that survives a server error');

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Article saved')).toBeVisible();
  expect((await getArticle(page, article.id)).title).toBe('Headline that survives a server error');
});

/**
 * The server ends the session (as when it expires, or is signed out elsewhere) while the page
 * still holds its token. Not by moving the clock 12 hours on: that fires every timer in the page
 * at once, and whichever request goes first opens the dialog, racing the test's own click.
 * The 12-hour expiry itself is covered by the contract tests.
 */
const endSessionOnServer = (page: Page) => api(page, 'POST', '/auth/logout');

test('the session expires mid-edit: sign in again and the save goes through with the text intact', async ({ page }) => {
  trackRequests(page);
  await signIn(page, 'editor');
  const article = await firstArticle(page, 'draft');
  await openArticle(page, article);
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Headline typed across an expired session');
  await formDrawn(page);
  await endSessionOnServer(page);
  await page.getByRole('button', { name: 'Save' }).click();

  const dialog = page.getByRole('dialog', { name: 'Your session has expired' });
  await expect(dialog).toBeVisible();
  // Behind the modal dialog the form is aria-hidden, but still holds what was typed.
  await expect(page.locator('input[name="title"]')).toHaveValue(
    'Headline typed across an expired session',
  );
  await dialog.getByLabel('Password').fill('newsdesk');
  await dialog.getByRole('button', { name: 'Sign in and save' }).click();
  await expect(page.getByText('Article saved')).toBeVisible();
  expect((await getArticle(page, article.id)).title).toBe('Headline typed across an expired session');
});

test('the session expires under an open form: a background request asks to sign in again over the page, which stays', async ({
  page,
}) => {
  trackRequests(page);
  await signIn(page, 'editor');
  const article = await firstArticle(page, 'draft');
  await openArticle(page, article);
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await title.fill('Headline typed before a background refresh');
  await formDrawn(page);
  const editUrl = page.url();
  await endSessionOnServer(page);
  // Any refetch meets the expired session: here the app bar's Refresh button.
  await page.getByRole('button', { name: 'Refresh', exact: true }).click();

  const dialog = page.getByRole('dialog', { name: 'Your session has expired' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Nothing on this page is lost')).toBeVisible();
  // Signing in again is for the same account: the email is the session's and cannot change.
  await expect(dialog.getByLabel('Email')).toHaveValue('editor@newsdesk.test');
  await expect(dialog.getByLabel('Email')).toHaveAttribute('readonly', '');
  expect(page.url()).toBe(editUrl);
  await dialog.getByLabel('Password').fill('wrong');
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(dialog.getByText('Sign-in failed')).toBeVisible();
  await dialog.getByLabel('Password').fill('newsdesk');
  await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(dialog).toBeHidden();

  expect(page.url()).toBe(editUrl);
  await expect(title).toHaveValue('Headline typed before a background refresh');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Article saved')).toBeVisible();
  expect((await getArticle(page, article.id)).title).toBe('Headline typed before a background refresh');
});

test('a new article not saved yet survives a reload: restore is offered on the create page', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/#/articles/create');
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Draft started before a crash');
  await bodyEditor(page).click();
  await page.keyboard.type('The first paragraph of a story nobody has saved.');
  await expect.poll(() => deviceCopyHolds(page, 'The first paragraph of a story nobody has saved.')).toBe(true);
  page.on('dialog', (d) => void d.accept());
  await page.reload();

  await expect(page.getByText(/Unsaved changes from .* were kept on this device/)).toBeVisible();
  await page.getByRole('button', { name: 'Restore them' }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Draft started before a crash');
  await expect(bodyEditor(page)).toContainText('The first paragraph of a story nobody has saved.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(/#\/articles\/\d+$/);
  const id = Number(/articles\/(\d+)/.exec(page.url())![1]);
  expect((await getArticle(page, id)).body).toContain('The first paragraph of a story nobody has saved.');

  // Saved: the copy is gone, and the next new article starts empty.
  await page.goto('/#/articles/create');
  await expect(page).toHaveURL(/#\/articles\/create$/);
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('');
  await expect(page.getByText(/were kept on this device/)).toHaveCount(0);
});
