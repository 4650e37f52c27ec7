/**
 * The Intl locale of a UI language, for numbers and dates alike. Arabic is 'ar-IQ', the
 * newsroom's own: Arabic-Indic digits (١٢٬٣٤٥) and Iraqi month names. Plain 'ar' would not do:
 * current ICU gives it Latin digits, so counts and dates would disagree on one page.
 */
export const intlLocale = (uiLocale: string): string => (uiLocale === 'ar' ? 'ar-IQ' : 'en');

const formats = new Map<string, Intl.NumberFormat>();

/** A NumberFormat for the UI language, made once per language and options. */
export const numberFormat = (uiLocale: string, options?: Intl.NumberFormatOptions) => {
  const locale = intlLocale(uiLocale);
  const key = `${locale}|${JSON.stringify(options ?? {})}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
};

/** A count as the UI language writes it: "12,345" in English, "١٢٬٣٤٥" in Arabic. */
export const formatNumber = (n: number, uiLocale: string): string =>
  numberFormat(uiLocale).format(n);
