import { expect, test, type Page } from '@playwright/test';
import { langs, mainPages, openPage, settle } from './pages';

const widths = [1280, 390];

/** Scroll width against window width, and the widest elements that stick out (for the report). */
const measure = (page: Page) =>
  page.evaluate(() => {
    const inner = window.innerWidth;
    const outside = Array.from(document.querySelectorAll<HTMLElement>('body *'))
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > inner + 1 || r.left < -1);
      })
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${Array.from(el.classList).slice(0, 2).join('.')}`);
    return { scroll: document.documentElement.scrollWidth, inner, outside };
  });

for (const target of mainPages) {
  for (const lang of langs) {
    test(`no sideways scroll: ${target.name} (${lang}) at ${widths.join(' and ')} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: widths[0], height: 800 });
      await openPage(page, target, lang);
      for (const width of widths) {
        await page.setViewportSize({ width, height: width > 600 ? 800 : 844 });
        await settle(page);
        const { scroll, inner, outside } = await measure(page);
        expect(
          scroll,
          `${width} px: scrollWidth ${scroll} > ${inner}; sticking out: ${outside.join(', ')}`,
        ).toBeLessThanOrEqual(inner);
      }
    });
  }
}
