import type { Language } from '../../schemas';

/**
 * The site's own words around an article, in the ARTICLE's language (an Arabic story reads in
 * Arabic on the site whatever language the editor's dashboard speaks), so they are keyed by
 * article language here rather than taken from the UI catalog.
 */
export const siteWords: Record<Language, { by: string; staffBy: string; tags: string }> = {
  en: { by: 'by', staffBy: 'By', tags: 'Tags' },
  ar: { by: 'عن', staffBy: 'بقلم', tags: 'الوسوم' },
};

export const siteLocale = (lang: Language) => (lang === 'ar' ? 'ar-IQ' : 'en');
