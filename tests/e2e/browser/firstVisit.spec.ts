import { expect, test, type Page } from '@playwright/test';
import { preferences } from '../a11y/pages';
import { wordsFor, type Lang } from '../support/words';

/**
 * A first visit in a fresh profile (Playwright's new context: no service worker, IndexedDB or
 * cache). It used to take 12–15 s, pushing thousands of `#/login` entries onto the history
 * (react-admin's sign-out redirect looping while React Router's transition to the sign-in page
 * kept being interrupted), where a second visit took 0.4 s.
 *
 * The bound: the goal is 1.5 s, on a machine as fast as the one where a second visit takes
 * 0.5 s. Times on these 2 shared cores scale with the load of the moment (first visits took
 * 0.6–1.3 s at a load average below 12, 1–4.8 s at 28), so the test measures a second visit in
 * the same run and allows 5 times that, never less than 1.5 s. At a load average of 28 the
 * first visit took 0.4–3.2 times the second (fetching the scripts, registering the service
 * worker); the loop took 30 times. The history count catches the loop at any speed: the visit
 * adds the address typed and, once, `#/login`.
 */
const GOAL_MS = 1_500;
const SLOWER_THAN_SECOND_VISIT = 5;

/** Opens `/` and answers when the sign-in form appeared (ms after navigation start), and the history entries the app added. */
async function visit(page: Page, lang: Lang) {
  if (lang === 'ar') await preferences(page, 'ar');
  await page.addInitScript(() => {
    const w = window as unknown as { __nd: { historyAtStart: number; formAt?: number } };
    w.__nd = { historyAtStart: history.length };
    new MutationObserver((_, observer) => {
      if (!document.querySelector('input[type="password"]')) return;
      w.__nd.formAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  await expect(page.getByRole('button', { name: wordsFor(lang).signIn, exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page).toHaveURL(/#\/login$/);
  return page.evaluate(() => {
    const nd = (window as unknown as { __nd: { historyAtStart: number; formAt: number } }).__nd;
    return { formAt: nd.formAt, added: history.length - nd.historyAtStart };
  });
}

for (const lang of ['en', 'ar'] as Lang[]) {
  test(`a first visit shows the sign-in page at once, with one redirect (${lang})`, async ({
    browser,
  }) => {
    const context = await browser.newContext();
    const first = await visit(await context.newPage(), lang);
    expect(first.added, 'history entries added after the address typed').toBeLessThanOrEqual(1);
    // The same browser again: service worker registered, scripts cached.
    const second = await visit(await context.newPage(), lang);
    expect(second.added).toBeLessThanOrEqual(1);
    const bound = Math.max(GOAL_MS, SLOWER_THAN_SECOND_VISIT * second.formAt);
    expect(
      first.formAt,
      `ms to the sign-in form (second visit: ${Math.round(second.formAt)} ms)`,
    ).toBeLessThan(bound);
    await context.close();
  });
}
