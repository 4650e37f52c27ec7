import { htmlToText } from '../lib/words';

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

const MAX_CELLS = 4_000_000;

/**
 * A readable word diff of two bodies (HTML or text), from `before` to `after`: runs of words
 * kept, removed and added. Longest common subsequence on words after trimming the common
 * prefix and suffix, which is where edits to a long article usually leave most of it; past
 * about four million cells the middle is shown as one removal and one addition.
 */
export const wordDiff = (before: string, after: string): DiffPart[] => {
  const a = htmlToText(before).split(' ').filter(Boolean);
  const b = htmlToText(after).split(' ').filter(Boolean);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], word: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += ` ${word}`;
    else parts.push({ kind, text: word });
  };
  a.slice(0, start).forEach((w) => push('same', w));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if ((midA.length + 1) * (midB.length + 1) > MAX_CELLS) {
    midA.forEach((w) => push('removed', w));
    midB.forEach((w) => push('added', w));
  } else {
    middle(midA, midB, push);
  }
  a.slice(endA).forEach((w) => push('same', w));
  return parts;
};

const middle = (a: string[], b: string[], push: (k: DiffPart['kind'], w: string) => void) => {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  // lcs[i][j] = LCS length of a[i..] and b[j..], flattened.
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push('same', a[i++]);
      j++;
    } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) push('removed', a[i++]);
    else push('added', b[j++]);
  }
  while (i < n) push('removed', a[i++]);
  while (j < m) push('added', b[j++]);
};
