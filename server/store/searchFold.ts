/**
 * The text folding of article search, shared by the stores: lower case, then the SQL store's
 * `nd_normalize` (migrations/0000_functions.sql): Arabic diacritics (tashkeel U+064B..U+0652)
 * and tatweel (U+0640) dropped, alef forms أ إ آ read as ا, taa marbuta ة as haa ه.
 */
export const foldForSearch = (s: string): string =>
  s.toLowerCase().replace(/[\u064B-\u0652\u0640]/g, '').replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه');

/**
 * The in-memory store's reading of a query's words, standing in for PostgreSQL's stemmers: each
 * word is folded, a Latin word of 5 letters or more loses one ending (ies, ing, ed, es, s, y) and
 * an Arabic word of 5 letters or more its article ال, and the stems are then looked for as
 * substrings. "elections" finds "election" and "elected", "الانتخابات" finds "انتخابات".
 */
export const searchStems = (q: string): string[] => {
  const words = foldForSearch(q).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const stem = (w: string) => {
    if (w.length < 5) return w;
    if (/^[a-z]+$/.test(w)) return w.replace(/(ies|ing|ed|es|s|y)$/, '');
    return w.startsWith('ال') ? w.slice(2) : w;
  };
  return [...new Set(words.map(stem))];
};
