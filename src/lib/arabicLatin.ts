/**
 * Arabic script → plain Latin letters for URL slugs. Not an academic romanisation (no
 * diacritics, no vowels Arabic does not write); a readable, deterministic table:
 *
 * | Arabic | Latin | | Arabic | Latin | | Arabic | Latin |
 * |---|---|---|---|---|---|---|---|---|
 * | ا | a  | | ز | z  | | ف | f |
 * | ب | b  | | س | s  | | ق | q |
 * | ت | t  | | ش | sh | | ك | k |
 * | ث | th | | ص | s  | | ل | l |
 * | ج | j  | | ض | d  | | م | m |
 * | ح | h  | | ط | t  | | ن | n |
 * | خ | kh | | ظ | z  | | ه | h |
 * | د | d  | | ع | a  | | و | w / u (below) |
 * | ذ | dh | | غ | gh | | ي | y / i (below) |
 * | ر | r  | |   |    | |   |   |
 *
 * - Hamza forms: أ → a, إ → i, آ → aa, ؤ → u, ئ → i, a lone ء is dropped (like an apostrophe).
 * - Ta marbuta ة → a ("مدينة" → "mdina"); alif maqsura ى → a ("مصطفى" → "mstfa").
 * - و is "w" at the start of a word or before ا, else the vowel "u"; ي is "y" at the start of
 *   a word or next to ا, else the vowel "i" ("سوريا" → "surya", "بايدن" → "baydn").
 * - The article ال at the start of a word of 4+ letters becomes "al-" ("العراق" → "al-araq").
 * - Tashkeel (fatha … sukun, shadda, tanween, dagger alif) and tatweel ـ are removed.
 * - Arabic-Indic ٠١٢٣٤٥٦٧٨٩ and Persian ۰۱۲۳۴۵۶۷۸۹ digits become 0-9.
 * - Persian / Kurdish letters used in names: پ p, چ ch, ژ zh, گ g, ک k, ی y/i, ۀ a.
 */

const LETTERS: Record<string, string> = {
  'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'aa', 'ٱ': 'a', 'ء': '', 'ؤ': 'u', 'ئ': 'i',
  'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh',
  'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z',
  'ع': 'a', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n',
  'ه': 'h', 'ة': 'a', 'ى': 'a', 'ۀ': 'a',
  'پ': 'p', 'چ': 'ch', 'ژ': 'zh', 'گ': 'g', 'ک': 'k',
}; // prettier-ignore

const ALIFS = new Set(['ا', 'أ', 'إ', 'آ', 'ٱ']);
const TASHKEEL = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
const ARABIC_WORD = /[\u0600-\u06FF]+/g;

const digit = (ch: string): string | null => {
  const c = ch.charCodeAt(0);
  if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
  return null;
};

const word = (w: string): string => {
  let prefix = '';
  if (w.length >= 4 && w.startsWith('ال')) {
    prefix = 'al-';
    w = w.slice(2);
  }
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const prev = w[i - 1];
    const next = w[i + 1];
    const atStart = i === 0;
    if (ch === 'و') out += atStart || ALIFS.has(next) ? 'w' : 'u';
    else if (ch === 'ي' || ch === 'ی') {
      out += atStart || ALIFS.has(next) || ALIFS.has(prev) ? 'y' : 'i';
    } else out += digit(ch) ?? LETTERS[ch] ?? ' ';
  }
  return prefix + out;
};

/** Replaces every run of Arabic script in `text` by its Latin transliteration. */
export const transliterateArabic = (text: string): string =>
  text.replace(TASHKEEL, '').replace(ARABIC_WORD, word);
