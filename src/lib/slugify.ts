import { transliterateArabic } from './arabicLatin';

/** The slug format of src/schemas (`slugSchema`): lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;

export const isSlug = (value: string): boolean => SLUG_PATTERN.test(value);

/** Latin letters that do not decompose into base letter + accent. */
const SPECIAL: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ħ: 'h',
}; // prettier-ignore

/**
 * A URL slug from a title: "US, Japan sign agreement on 'securing' rare earths supply" →
 * "us-japan-sign-agreement-on-securing-rare-earths-supply". Accents are stripped
 * ("Café Zürich" → "cafe-zurich"), apostrophes vanish inside words ("Iraq's" → "iraqs"),
 * Arabic is transliterated (see arabicLatin.ts), everything else that is not a-z or 0-9 becomes
 * a separator. The result is cut at a word boundary to at most `maxLength` characters (a single
 * longer word is cut hard). Returns '' when nothing usable is left (e.g. a title of emoji or
 * Chinese): use `slugOrFallback` then.
 */
export const slugify = (title: string, maxLength: number = SLUG_MAX_LENGTH): string => {
  const latin = transliterateArabic(title.normalize('NFKC'))
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđðłþıħ]/g, (c) => SPECIAL[c])
    .replace(/([a-z0-9])['’‘`´]+(?=[a-z0-9])/g, '$1');
  const words = latin.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > maxLength) break;
    slug = next;
  }
  if (!slug && words.length > 0) slug = words[0].slice(0, Math.max(1, maxLength));
  return slug;
};

/**
 * The slug used when a title yields no Latin letters or digits: `article-<id>` for a saved
 * record, `article-<yyyymmddhhmmss UTC>` before there is an id.
 */
export const fallbackSlug = (key: number | Date, prefix = 'article'): string => {
  const base = slugify(prefix) || 'article';
  if (typeof key === 'number') return `${base}-${Math.abs(Math.trunc(key))}`;
  const stamp = (Number.isNaN(key.getTime()) ? new Date(0) : key)
    .toISOString()
    .replace(/\D/g, '')
    .slice(0, 14);
  return `${base}-${stamp}`;
};

/** `slugify(title)`, or the fallback slug when that is empty. Always matches SLUG_PATTERN. */
export const slugOrFallback = (
  title: string,
  key: number | Date,
  maxLength: number = SLUG_MAX_LENGTH,
): string => slugify(title, maxLength) || fallbackSlug(key);
