/**
 * Word count and reading time of an article body, shared by the editor's status bar and the
 * publish checklist. Pure string work (no DOM), so the server and Node tests get the same count.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
};

const decodeEntities = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });

/**
 * The visible text of an HTML fragment. Every tag becomes a space, so words in adjacent
 * paragraphs (`<p>one</p><p>two</p>`) never merge; script and style content is dropped.
 * Plain text passes through unchanged except for entity decoding.
 */
export const htmlToText = (html: string): string =>
  decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<\/?[a-z][^>]*>/gi, ' '),
  )
    .replace(/\s+/g, ' ')
    .trim();

/** A token counts as a word when it holds a letter or a digit (so "—" or "•" do not). */
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * Words of an HTML or plain text body: whitespace-separated tokens holding a letter or digit.
 * Arabic words are space-separated like English ones; tashkeel and tatweel stay inside their
 * word. Hyphenated compounds ("rare-earths") and abbreviations ("U.S.") count as one word,
 * as word processors count them.
 */
export const countWords = (htmlOrText: string | null | undefined): number => {
  if (!htmlOrText) return 0;
  let n = 0;
  for (const token of htmlToText(htmlOrText).split(' ')) if (WORDLIKE.test(token)) n++;
  return n;
};

/**
 * Silent reading speeds in words per minute: about 230 for English prose and about 180 for
 * Arabic (Arabic words carry clitics, so there are fewer, longer words per sentence).
 */
export const WORDS_PER_MINUTE = { en: 230, ar: 180 } as const;

export interface ReadingTime {
  words: number;
  /** Whole minutes, rounded up; 0 only for an empty body. */
  minutes: number;
}

export const readingTime = (
  htmlOrText: string | null | undefined,
  lang: keyof typeof WORDS_PER_MINUTE = 'en',
): ReadingTime => {
  const words = countWords(htmlOrText);
  return { words, minutes: words === 0 ? 0 : Math.ceil(words / WORDS_PER_MINUTE[lang]) };
};
