import { expect, type BrowserContext, type Page } from '@playwright/test';
import { preferences } from '../a11y/pages';
import { accounts, PASSWORD, type DemoRole } from '../support/app';
import { wordsFor, type Lang } from '../support/words';

/**
 * Tabs of one browser are pages of one Playwright context: they share IndexedDB, Web Locks,
 * BroadcastChannel, the service worker and localStorage, each with its own sessionStorage.
 */
export const mainMenu = (page: Page, lang: Lang) =>
  page.getByRole('navigation', { name: wordsFor(lang).mainMenu });

/** Signs in on the sign-in page, in `lang`, as a person would. */
export async function signInTab(page: Page, lang: Lang, role: DemoRole, path = '/') {
  const w = wordsFor(lang);
  await preferences(page, lang);
  await page.goto(`${path}#/login`);
  await page.getByLabel(w.email).fill(accounts[role]);
  await page.getByLabel(w.password).fill(PASSWORD);
  await page.getByRole('button', { name: w.signIn, exact: true }).click();
  await expect(mainMenu(page, lang)).toBeVisible();
}

const traffic = new WeakMap<Page, { inFlight: number; last: number }>();

/** Counts the page's requests in flight (API calls and lazy chunks), for `quiet`. Call before it navigates. */
export function trackRequests(page: Page) {
  const t = { inFlight: 0, last: Date.now() };
  traffic.set(page, t);
  const end = () => {
    t.inFlight--;
    t.last = Date.now();
  };
  page.on('request', () => {
    t.inFlight++;
    t.last = Date.now();
  });
  page.on('requestfinished', end);
  page.on('requestfailed', end);
}

const trafficOf = (page: Page) => {
  const t = traffic.get(page);
  if (!t) throw new Error('trackRequests(page) was not called');
  return t;
};

/**
 * Waits until the page has had no request in flight for 1.5 s, once what it shows is drawn:
 * whatever it loads on its own (a lazy screen's chunk, then its data, then a list's references
 * in a second round) is done. The app polls nothing. Half a second once let a request slip
 * past on the server project with 2 busy cores (the expired-session dialog opened before the
 * save it was waiting for).
 */
export async function quiet(page: Page) {
  const t = trafficOf(page);
  await expect
    .poll(() => t.inFlight === 0 && Date.now() - t.last > 1_500, { timeout: 30_000 })
    .toBe(true);
}

/** The page's requests in flight now (trackRequests must have been called). */
export const inFlight = (page: Page): number => trafficOf(page).inFlight;

/** Opens another tab at `hash` (e.g. `#/tags`), without signing in. */
export async function openTab(context: BrowserContext, lang: Lang, hash: string): Promise<Page> {
  const page = await context.newPage();
  trackRequests(page);
  await preferences(page, lang);
  await page.goto(`/${hash}`);
  return page;
}
