import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { langs, mainPages, openPage } from './pages';

/** One test per page and language, so a failure names both. */
for (const target of mainPages) {
  for (const lang of langs) {
    test(`axe: ${target.name} (${lang}) has no serious or critical violation`, async ({ page }) => {
      await openPage(page, target, lang);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

const darkPages = ['sign-in', 'dashboard overview', 'articles list', 'articles edit', 'schedule'];

for (const target of mainPages.filter((p) => darkPages.includes(p.name))) {
  for (const lang of langs) {
    test(`axe dark theme: ${target.name} (${lang}) has enough contrast`, async ({ page }) => {
      await openPage(page, target, lang, 'dark');
      // The dark theme really is on: the page background is dark.
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).not.toBe('rgb(255, 255, 255)');
      expect(await seriousViolations(page, ['color-contrast'])).toEqual([]);
    });
  }
}
