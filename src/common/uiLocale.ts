import { pickLanguage } from './BilingualField';

/**
 * The UI language outside React (recordRepresentation functions cannot use hooks). The
 * i18nProvider writes it to <html lang> on every change and react-admin re-renders the whole
 * tree after a change, so reading it at render time is current.
 */
export const uiLocale = () =>
  typeof document === 'undefined' ? 'en' : document.documentElement.lang || 'en';

/** A bilingual name as text in the UI language, for titles and select options. */
export const bilingualText = (value: { en?: string; ar?: string } | null | undefined) =>
  pickLanguage(value, uiLocale()).text;
