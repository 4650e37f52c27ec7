import { useCallback } from 'react';
import { useLocaleState } from 'react-admin';
import { formatNumber, intlLocale } from '../lib/numbers';

/** The Intl locale of the current UI language ('en' or 'ar-IQ'), for numbers and dates alike. */
export const useIntlLocale = (): string => intlLocale(useLocaleState()[0]);

/**
 * Formats counts in the current UI language, re-rendering on a language change. A catalog
 * message with a count takes `smart_count` (the number, which picks the plural form) and
 * `count` (this function's text, which it prints), since Polyglot prints numbers as they are.
 */
export const useFormatNumber = (): ((n: number) => string) => {
  const [locale] = useLocaleState();
  return useCallback((n: number) => formatNumber(n, locale), [locale]);
};
