import { expect, type Page } from '@playwright/test';
import type { DemoRole } from '../support/app';

export type Lang = 'en' | 'ar';
export const langs: Lang[] = ['en', 'ar'];

/** A main page of the app: where it lives and who may open it. */
export interface MainPage {
  name: string;
  path: string;
  /** Signed out when absent (the sign-in page). */
  role?: DemoRole;
  /** Opens something on the page after it loads (a dialog, say). */
  open?: (page: Page) => Promise<void>;
  /**
   * What the page shows once it has drawn, awaited before the loaders' absence is: a form
   * mounts after its record arrives, and its lazy editor after that, so "no loader left" alone
   * can pass in the gap before them (a CI run read the editor's placeholder that way).
   */
  ready?: string;
}

const list = (resource: string): MainPage => ({
  name: `${resource} list`,
  path: `/#/${resource}`,
  role: 'admin',
});
/** A form is drawn when its fields are; an article's when its editor is too. */
const formReady = (resource: string) =>
  resource === 'articles' ? 'form .ProseMirror' : 'form input:not([type="hidden"])';
const create = (resource: string): MainPage => ({
  name: `${resource} create`,
  path: `/#/${resource}/create`,
  role: 'admin',
  ready: formReady(resource),
});
const edit = (resource: string): MainPage => ({
  name: `${resource} edit`,
  path: `/#/${resource}/1`,
  role: 'admin',
  ready: formReady(resource),
});

const withForms = ['articles', 'categories', 'tags', 'authors', 'photo-credits', 'users'];

/** Every main page of issue 7: sign-in, dashboard, lists, forms, schedule, preview and show. */
export const mainPages: MainPage[] = [
  { name: 'sign-in', path: '/#/login' },
  { name: 'dashboard overview', path: '/#/', role: 'moderator' },
  { name: 'dashboard needs review', path: '/#/?tab=review', role: 'moderator' },
  ...[...withForms, 'activity'].map(list),
  ...withForms.map(create),
  ...withForms.map(edit),
  { name: 'schedule', path: '/#/schedule', role: 'editor' },
  { name: 'articles show', path: '/#/articles/1/show', role: 'admin' },
  {
    name: 'articles preview',
    path: '/#/articles/1',
    role: 'admin',
    ready: formReady('articles'),
    open: async (page) => {
      await page.getByRole('button', { name: /^(Preview|معاينة)$/ }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
    },
  },
  { name: 'authors show', path: '/#/authors/1/show', role: 'admin' },
  { name: 'photo-credits show', path: '/#/photo-credits/1/show', role: 'admin' },
];

/** react-admin's store keys (localStorageStore('1', 'Newsdesk')): preferences kept by the app. */
const storeKey = (key: string) => `RaStoreNewsdesk.${key}`;

/** Sets language and theme before any script of the app runs. */
export async function preferences(page: Page, lang: Lang, theme: 'light' | 'dark' = 'light') {
  await page.addInitScript(
    ([langKey, themeKey, lang, theme]) => {
      localStorage.setItem(langKey, JSON.stringify(lang));
      localStorage.setItem(themeKey, JSON.stringify(theme));
    },
    [storeKey('locale'), storeKey('theme'), lang, theme],
  );
}

/**
 * Waits until the page has drawn its data: no progress bar, skeleton or list placeholder left.
 * (react-admin's DataTable draws a grey placeholder table once a page has been loading for a
 * second: its fake rows' checkboxes carry `select-all`, where real rows' carry `select-item`.
 * A CI run once checked a list that slow, and axe read the placeholder.)
 */
export async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await expect(
    page.locator('[role="progressbar"]:not([aria-valuenow]), .MuiSkeleton-root, tbody .select-all'),
  ).toHaveCount(0, {
    timeout: 15_000,
  });
}

/**
 * Opens a main page in the tab, signed in as before, in the language (and theme) the
 * preferences hold: loaded afresh, as a person opening a link would, so the app lays itself out
 * for the window's width. Waits until the page has drawn its data and opened what it opens.
 */
export async function visit(page: Page, target: MainPage, lang: Lang) {
  await page.goto(target.path);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
  if (target.ready)
    await expect(page.locator(target.ready).first()).toBeVisible({ timeout: 15_000 });
  await settle(page);
  if (target.open) {
    await target.open(page);
    await settle(page);
  }
}
