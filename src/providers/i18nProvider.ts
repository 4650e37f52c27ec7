import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider, TranslationMessages } from 'react-admin';
import { en } from '../i18n/en';
import { numberFormat } from '../lib/numbers';
import { loadRtlCache } from '../theme/emotionCaches';
import { expandTwoFormPlurals } from './arabicPlurals';

export type Locale = 'en' | 'ar';
export const locales = [
  { locale: 'en', name: 'English' },
  { locale: 'ar', name: 'العربية' },
];
export const directionOf = (locale: string): 'ltr' | 'rtl' => (locale === 'ar' ? 'rtl' : 'ltr');

/**
 * English is in the first bundle; Arabic is fetched the first time someone picks it, with the
 * right-to-left styling it needs (the theme turns RTL once these are loaded).
 */
const getMessages = (locale: string): TranslationMessages | Promise<TranslationMessages> =>
  locale === 'ar'
    ? Promise.all([import('../i18n/ar'), loadRtlCache()]).then(([{ ar }]) =>
        expandTwoFormPlurals(ar as unknown as TranslationMessages),
      )
    : (en as unknown as TranslationMessages);

/**
 * Starts fetching the stored language's catalog with the app's own scripts (main.tsx) instead
 * of after the first render; the provider's import then finds it loaded.
 */
export const preloadLocale = (locale: unknown): void => {
  if (locale === 'ar') {
    void import('../i18n/ar');
    void loadRtlCache();
  }
};

export interface LocaleAwareI18nProvider extends I18nProvider {
  /** Notified once the messages of a new locale are loaded; for the theme direction. */
  subscribe(listener: () => void): () => void;
}

/** A fresh provider (tests make one each); changing locale also sets <html lang dir>. */
export const createI18nProvider = (): LocaleAwareI18nProvider => {
  let current = 'en';
  /**
   * Polyglot prints a number as JavaScript writes it, so "1–25 of 50000" kept Latin digits in
   * Arabic (react-admin's own messages too). In Arabic a number interpolated into any message
   * is written in Arabic-Indic digits, without grouping, which could misprint a year or an id.
   */
  const replace = function (this: string, pattern: RegExp, fill: (...args: string[]) => unknown) {
    return String.prototype.replace.call(this, pattern, (...args: string[]) => {
      const value = fill(...args);
      if (typeof value === 'number' && current === 'ar') {
        return numberFormat('ar', { useGrouping: false }).format(value);
      }
      return String(value);
    });
  };
  const base = polyglotI18nProvider(getMessages, 'en', locales, { replace } as object);
  const listeners = new Set<() => void>();
  const applyToDocument = (locale: string) => {
    document.documentElement.lang = locale;
    document.documentElement.dir = directionOf(locale);
  };
  applyToDocument('en');
  return {
    ...base,
    async changeLocale(locale: string, options?: unknown) {
      await base.changeLocale(locale, options);
      current = locale;
      applyToDocument(locale);
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
