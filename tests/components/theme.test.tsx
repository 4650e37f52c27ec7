import { describe, expect, it } from 'vitest';
import { palettes } from '../../src/theme/themes';

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe.each(Object.entries(palettes))('the %s theme', (_mode, p) => {
  const pairs: [string, string, string][] = [
    ['body text on the page', p.text.primary, p.background.default],
    ['body text on cards', p.text.primary, p.background.paper],
    ['secondary text on the page', p.text.secondary, p.background.default],
    ['secondary text on cards', p.text.secondary, p.background.paper],
    ['buttons (primary)', p.primary.contrastText, p.primary.main],
    ['links and text buttons on cards', p.primary.main, p.background.paper],
    ['links and text buttons on the page', p.primary.main, p.background.default],
    ['app bar (secondary)', p.secondary.contrastText, p.secondary.main],
    ['error text on cards', p.error.main, p.background.paper],
    ['error notification', p.error.contrastText, p.error.main],
    ['warning chips', p.warning.contrastText, p.warning.main],
    ['success text on cards', p.success.main, p.background.paper],
    ['success chips', p.success.contrastText, p.success.main],
  ];
  it.each(pairs)('%s reaches WCAG AA (4.5:1)', (_what, fg, bg) => {
    expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
});
