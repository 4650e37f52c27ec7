import { createI18nProvider } from '../../../src/providers/i18nProvider';

const range = { offsetBegin: 1, offsetEnd: 25, total: 50000 };

describe('numbers inside translated messages', () => {
  it('are written in Arabic-Indic digits in Arabic, react-admin’s own messages included', async () => {
    const i18n = createI18nProvider();
    await i18n.changeLocale('ar');
    const text = i18n.translate('ra.navigation.page_range_info', range);
    expect(text).toContain('٥٠٠٠٠');
    expect(text).toContain('٢٥');
    expect(text).not.toMatch(/[0-9]/);
  });

  it('are left as they are in English', async () => {
    const i18n = createI18nProvider();
    await i18n.changeLocale('ar');
    await i18n.changeLocale('en');
    expect(i18n.translate('ra.navigation.page_range_info', range)).toBe('1-25 of 50000');
  });

  it('are not grouped, so a year reads as a year', async () => {
    const i18n = createI18nProvider();
    await i18n.changeLocale('ar');
    expect(i18n.translate('ra.navigation.page_range_info', { ...range, total: 2026 })).toContain(
      '٢٠٢٦',
    );
  });
});
