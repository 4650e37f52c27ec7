import { creditLine, type PhotoCredit } from '../schemas/photoCredit';

export type BodyLang = 'en' | 'ar';

/**
 * The credit printed under a photo is part of the article's text, stored in its body, so it
 * is written in the article's language (not the interface's), as the site prints it.
 */
const prefix: Record<BodyLang, string> = { en: 'Photo by', ar: 'تصوير' };

export const creditText = (lang: BodyLang, credit: Pick<PhotoCredit, 'photographer' | 'agency'>) =>
  `${prefix[lang]} ${creditLine(credit)}`;
