/**
 * Words as a reader counts them, in any script: a run of letters or digits, with the
 * combining marks Arabic vowelling uses and the apostrophes and hyphens inside words.
 */
const word = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-\u0640]*/gu;

export const countWords = (text: string): number => text.match(word)?.length ?? 0;

/** About 200 words a minute; anything started counts as a minute. */
export const WORDS_PER_MINUTE = 200;
export const readingMinutes = (words: number): number =>
  words === 0 ? 0 : Math.ceil(words / WORDS_PER_MINUTE);
