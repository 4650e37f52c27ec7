import { expect, test, type Page } from '@playwright/test';
import { langs, mainPages, openPage, reload } from './pages';

const widths = [1280, 390];

/** Scroll width against window width, and the widest elements that stick out (for the report). */
const measure = (page: Page) =>
  page.evaluate(() => {
    const inner = window.innerWidth;
    const outside = Array.from(document.querySelectorAll<HTMLElement>('body *')).filter((el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.right > inner + 1 || r.left < -1);
    });
    // The innermost ones name the culprit; their ancestors only stretch around it.
    const culprits = outside
      .filter((el) => !Array.from(el.children).some((c) => outside.includes(c as HTMLElement)))
      .slice(0, 4)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${Array.from(el.classList).slice(0, 2).join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`,
      );
    return { scroll: document.documentElement.scrollWidth, inner, culprits };
  });

for (const target of mainPages) {
  for (const lang of langs) {
    test(`no sideways scroll: ${target.name} (${lang}) at ${widths.join(' and ')} px`, async ({
      page,
    }) => {
      for (const [i, width] of widths.entries()) {
        // Each width is loaded afresh, as a phone would: react-admin picks its layout on load.
        await page.setViewportSize({ width, height: width > 600 ? 800 : 844 });
        if (i === 0) await openPage(page, target, lang);
        else await reload(page, target, lang);
        const { scroll, inner, culprits } = await measure(page);
        expect(
          scroll,
          `${width} px: scrollWidth ${scroll} > ${inner}; sticking out: ${culprits.join(', ')}`,
        ).toBeLessThanOrEqual(inner);
      }
    });
  }
}
