import { expect, test, type Page } from '@playwright/test';
import { langs } from '../a11y/pages';
import { accounts, api, PASSWORD } from '../support/app';
import { wordsFor, type Lang } from '../support/words';
import { createArticle, unique } from '../server/support';
import { getArticle } from '../workflow/support';
import { mainMenu, openTab, quiet, signInTab, trackRequests } from './tabs';

const tokenOf = (page: Page) =>
  page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem('newsdesk.session') ?? 'null') as { token: string } | null)
        ?.token ?? null,
  );
const signInPage = (page: Page, lang: Lang) =>
  page.getByRole('button', { name: wordsFor(lang).signIn, exact: true });

for (const lang of langs) {
  test(`a new tab is signed in; signing out in one signs out all; signing in again in one brings all back (${lang})`, async ({
    page: a,
    context,
  }) => {
    const w = wordsFor(lang);
    await signInTab(a, lang, 'editor');
    const b = await openTab(context, lang, '#/articles');
    const c = await openTab(context, lang, '#/tags');
    for (const tab of [b, c]) await expect(mainMenu(tab, lang)).toBeVisible();
    await expect(c).toHaveURL(/#\/tags$/);
    // Both tabs have loaded their page before B signs out: a request of C's still in flight could
    // meet the ended session first, and its 401 would open C's expired-session dialog before
    // B's news arrives.
    await Promise.all([quiet(b), quiet(c)]);

    const shared = await tokenOf(c);
    expect(await tokenOf(a)).toBe(shared);
    await b.getByRole('button', { name: w.userMenu }).click();
    await b.getByRole('menuitem', { name: w.logout }).click();
    for (const tab of [a, b, c]) {
      await expect(signInPage(tab, lang)).toBeVisible();
      expect(await tokenOf(tab)).toBeNull();
    }
    // Signed out for the server too: the token the tabs shared no longer works.
    expect(
      await a.evaluate(
        async (token) =>
          (await fetch('/api/auth/me', { headers: { Authorization: `Bearer ${token}` } })).status,
        shared,
      ),
    ).toBe(401);

    await a.getByLabel(w.email).fill(accounts.editor);
    await a.getByLabel(w.password).fill(PASSWORD);
    await signInPage(a, lang).click();
    for (const tab of [a, b, c]) await expect(mainMenu(tab, lang)).toBeVisible();
    // Each tab goes back where it was when it was signed out.
    await expect(c).toHaveURL(/#\/tags$/);
  });

  test(`an expired session opens the sign-in dialog in each tab; signing in again in one lets the other's save through, its text intact (${lang})`, async ({
    page: a,
    context,
  }) => {
    const w = wordsFor(lang);
    trackRequests(a);
    await signInTab(a, lang, 'editor');
    // Its own article: on the server, other tests share the newsroom (and the seed's drafts).
    const article = await createArticle(a, lang, unique(`tabs-expired-${lang}`));
    await a.goto(`/#/articles/${article.id}`);
    const title = a.getByRole('textbox', { name: w.title, exact: true });
    await expect(title).toHaveValue(article.title);
    const b = await openTab(context, lang, '#/articles');
    await expect(mainMenu(b, lang)).toBeVisible();
    await expect(b.getByRole('row').nth(5)).toBeVisible();
    await title.fill(`${article.title} (typed across an expired session)`);
    // Both tabs have loaded their page (and whatever typing asks for): none of their own requests
    // is left to meet the ended session, so the save below is what finds it.
    await quiet(a);
    await quiet(b);
    // The server ends the session (as when it expires): no tab is told by the app.
    expect((await api(a, 'POST', '/auth/logout')).status).toBe(200);
    await a.getByRole('button', { name: w.save, exact: true }).click();

    const dialogA = a.getByRole('dialog', { name: w.expired });
    const dialogB = b.getByRole('dialog', { name: w.expired });
    await expect(dialogA).toBeVisible();
    // Tab B asked nothing since: tab A told it.
    await expect(dialogB).toBeVisible();
    await dialogB.getByLabel(w.password).fill(PASSWORD);
    await dialogB.getByRole('button', { name: w.signInAgain, exact: true }).click();

    await expect(dialogB).toBeHidden();
    await expect(dialogA).toBeHidden();
    await expect(a.getByText(w.saved)).toBeVisible();
    await expect(title).toHaveValue(`${article.title} (typed across an expired session)`);
    expect((await getArticle(b, article.id)).title).toBe(
      `${article.title} (typed across an expired session)`,
    );
  });
}
