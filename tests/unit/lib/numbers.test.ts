import { formatNumber, intlLocale, numberFormat } from '../../../src/lib/numbers';

describe('counts in the UI language', () => {
  it('writes Arabic counts in Arabic-Indic digits with Arabic grouping', () => {
    expect(formatNumber(12345, 'ar')).toBe('١٢٬٣٤٥');
    expect(formatNumber(0, 'ar')).toBe('٠');
  });

  it('writes English counts in Latin digits, grouped by commas', () => {
    expect(formatNumber(12345, 'en')).toBe('12,345');
  });

  it('uses the same locale as dates, so a page never mixes digit systems', () => {
    expect(intlLocale('ar')).toBe('ar-IQ');
    const day = new Intl.DateTimeFormat(intlLocale('ar'), { day: 'numeric', timeZone: 'UTC' });
    expect(day.format(new Date('2025-05-12T00:00:00Z'))).toBe(formatNumber(12, 'ar'));
  });

  it('keeps options apart: a percentage formatter is not the plain one', () => {
    expect(numberFormat('ar', { style: 'percent' }).format(0.5)).toBe('٥٠٪؜');
    expect(numberFormat('ar').format(0.5)).toBe('٠٫٥');
  });
});
