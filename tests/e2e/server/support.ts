import { randomUUID } from 'node:crypto';
import { expect, type Browser, type Page } from '@playwright/test';
import { preferences } from '../a11y/pages';
import { inFlight, mainMenu, trackRequests } from '../browser/tabs';
import { api } from '../support/app';
import { wordsFor, type Lang } from '../support/words';
import type { ArticleRow } from '../workflow/support';

/**
 * Helpers of the server project. Every test runs against one server and one database, alongside
 * the others, so each makes the records it works on, under names no other test uses: no test
 * depends on another's writes, in any order, on any worker.
 */

/** A name for this test's own records (random, so repeated and parallel runs never meet). */
export const unique = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

/** A separate browser (its own cookies, storage and session), in `lang`. */
export async function newBrowser(browser: Browser, lang: Lang): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  trackRequests(page);
  await preferences(page, lang);
  return page;
}

/**
 * Waits until the landing page (the dashboard) of a page of newBrowser has drawn all its data:
 * its panel is there, no placeholder is left, and no request is still out. What the test does
 * next is then the page's next request, not a late answer to its landing. (Unlike `quiet`, no
 * time window: the dashboard's requests all leave in the render that shows its placeholders.)
 */
export async function landed(page: Page) {
  await expect(page.getByRole('tabpanel')).toBeVisible();
  await expect(page.locator('.MuiSkeleton-root')).toHaveCount(0);
  await expect.poll(() => inFlight(page)).toBe(0);
}

/** Signs in on the sign-in page, in `lang`, with any account. */
export async function signInWith(page: Page, lang: Lang, email: string, password: string) {
  const w = wordsFor(lang);
  await page.goto('/#/login');
  await page.getByLabel(w.email).fill(email);
  await page.getByLabel(w.password).fill(password);
  await page.getByRole('button', { name: w.signIn, exact: true }).click();
  await expect(mainMenu(page, lang)).toBeVisible();
}

/** Creates a draft through the API, as the signed-in user of `page`. */
export async function createArticle(page: Page, lang: Lang, title: string): Promise<ArticleRow> {
  const { status, json } = await api<ArticleRow>(page, 'POST', '/articles', {
    title,
    lang,
    summary: `${title}: summary`,
    body: `<p>${title}: the first paragraph.</p>`,
  });
  expect(status).toBe(201);
  return json;
}

export const titleField = (page: Page, lang: Lang) =>
  page.getByRole('textbox', { name: wordsFor(lang).title, exact: true });
export const bodyField = (page: Page, lang: Lang) =>
  page.getByRole('textbox', { name: wordsFor(lang).body });

/** Opens the article's edit page and waits for its title in the form. */
export async function openArticle(page: Page, lang: Lang, article: Pick<ArticleRow, 'id' | 'title'>) {
  await page.goto(`/#/articles/${article.id}`);
  await expect(titleField(page, lang)).toHaveValue(article.title);
}
