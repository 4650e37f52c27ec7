import type { Author, Language } from '../../schemas';
import { siteWords } from './siteWords';

/**
 * Wire copy reads "AFP by AFP" (the source, then who filed it, here the same agency); a staff
 * or contributor story reads "By NAME".
 */
export const bylineText = (author: Pick<Author, 'name' | 'kind'>, lang: Language) => {
  const words = siteWords[lang];
  return author.kind === 'agency'
    ? `${author.name} ${words.by} ${author.name}`
    : `${words.staffBy} ${author.name}`;
};
