import type { Locator, Page } from '@playwright/test';

/**
 * Presses Tab (Shift+Tab when `back`) until `target` or something inside it has the focus, as
 * a keyboard user would; fails naming the target when it is not reached within `max` presses.
 */
export async function tabTo(page: Page, target: Locator, { max = 80, back = false } = {}) {
  for (let i = 0; i < max; i += 1) {
    const focused = await target
      .first()
      .evaluate(
        (el) => el === document.activeElement || el.contains(document.activeElement),
        null,
        {
          timeout: 2_000,
        },
      )
      .catch(() => false);
    if (focused) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${String(target)} not reached with the keyboard in ${max} presses`);
}
