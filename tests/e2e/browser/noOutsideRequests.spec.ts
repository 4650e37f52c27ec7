import { expect, test } from '@playwright/test';
import { langs, settle } from '../a11y/pages';
import { mainMenu, signInTab } from './tabs';

/** The main pages, by address (the same in both languages). */
const tour = [
  '#/',
  '#/?tab=review',
  '#/articles',
  '#/articles/create',
  '#/articles/1',
  '#/articles/1/show',
  '#/schedule',
  '#/categories',
  '#/tags',
  '#/authors',
  '#/photo-credits',
  '#/users',
  '#/activity',
];

/**
 * The one exception: photos the demo newsroom's articles point at (server/seed), content an
 * editor chose, as a real newsroom's images live on its media host. Only images, only there:
 * react-admin's telemetry (an image too) or any other host still fails the test.
 */
const seedPhotos = /^https:\/\/picsum\.photos\/seed\//;

for (const lang of langs) {
  test(`no request leaves the app's origin, from the first visit through sign-in and a tour of the main pages (${lang})`, async ({
    page,
    context,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const outside: string[] = [];
    const leaves = (url: URL) =>
      url.origin !== origin && /^(https?|wss?):$/.test(url.protocol) && !seedPhotos.test(url.href);
    // Recorded and refused: react-admin's telemetry, say, would show up here (and go nowhere).
    await context.route(leaves, (route) => {
      outside.push(route.request().url());
      return route.abort();
    });
    context.on('request', (request) => {
      if (leaves(new URL(request.url())) && !outside.includes(request.url()))
        outside.push(request.url());
    });

    await signInTab(page, lang, 'admin');
    for (const hash of tour) {
      await page.goto(`/${hash}`);
      await expect(mainMenu(page, lang)).toBeVisible();
      await settle(page);
    }
    expect(outside).toEqual([]);
  });
}
