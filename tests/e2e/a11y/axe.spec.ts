import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { langs, mainPages, openPage, reload } from './pages';

/** Scroll width against window width, and the innermost elements that stick out (for the report). */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const inner = window.innerWidth;
    const outside = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.right > inner + 1 || r.left < -1);
    });
    const culprits = outside
      .filter((el) => !Array.from(el.children).some((c) => outside.includes(c as HTMLElement)))
      .slice(0, 4)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${Array.from(el.classList).slice(0, 2).join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
      );
    return { scroll: document.documentElement.scrollWidth, inner, culprits };
  });

const expectNoSidewaysScroll = async (page: Page, width: number) => {
  const { scroll, inner, culprits } = await overflow(page);
  expect
    .soft(
      scroll,
      `${width} px: scrollWidth ${scroll} > ${inner}; sticking out: ${culprits.join(', ')}`,
    )
    .toBeLessThanOrEqual(inner);
};

/**
 * One test per page and language, so a failure names both: axe (wcag2a, wcag2aa, wcag21aa) at
 * desktop width, then no sideways scroll at 1280 px and, reloaded as a phone would, at 390 px.
 */
for (const target of mainPages) {
  for (const lang of langs) {
    test(`${target.name} (${lang}): no serious or critical axe violation, no sideways scroll at 1280 and 390 px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await openPage(page, target, lang);
      expect.soft(await seriousViolations(page)).toEqual([]);
      await expectNoSidewaysScroll(page, 1280);
      // react-admin picks its layout on load, so the phone width is loaded afresh.
      await page.setViewportSize({ width: 390, height: 844 });
      await reload(page, target, lang);
      await expectNoSidewaysScroll(page, 390);
    });
  }
}

const darkPages = ['sign-in', 'dashboard overview', 'articles list', 'articles edit', 'schedule'];

for (const target of mainPages.filter((p) => darkPages.includes(p.name))) {
  for (const lang of langs) {
    test(`dark theme: ${target.name} (${lang}) has enough contrast`, async ({ page }) => {
      await openPage(page, target, lang, 'dark');
      // The dark theme really is on: the page background is dark.
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).not.toBe('rgb(255, 255, 255)');
      expect(await seriousViolations(page, ['color-contrast'])).toEqual([]);
    });
  }
}
