import type { ArticleInput } from '../schemas';

/** The article fields an editor writes, in the order the conflict view lists them. */
export const mergeFields = [
  'title', 'summary', 'body', 'slug', 'lang', 'translationOf', 'categoryId', 'tagIds', 'authorId',
  'featuredImage', 'status', 'publishAt', 'isBreaking', 'isFeatured', 'slugLine', 'copyright',
  'seoTitle', 'seoDescription',
] as const satisfies readonly (keyof ArticleInput)[];
export type MergeField = (typeof mergeFields)[number];

/** Text fields may keep both sides, theirs then mine, so no one's words are dropped. */
export const textFields = new Set<MergeField>(['title', 'summary', 'body', 'slugLine', 'copyright', 'seoTitle', 'seoDescription']);

export type Choice = 'theirs' | 'mine' | 'both';
/** Form values or a record: loose, since a form may hold null where the record holds ''. */
export type ArticleValues = { [key: string]: unknown; id?: number | string; version?: number };

/** Empty string, null and undefined are the same "nothing" in a form; arrays compare by content. */
const norm = (v: unknown): string => (v === undefined || v === null || v === '' ? '' : JSON.stringify(v));
export const sameValue = (a: unknown, b: unknown) => norm(a) === norm(b);

export interface ConflictAnalysis {
  /** Changed by both since the base, differently: the editor chooses. */
  both: MergeField[];
  /** Changed by them only: taken as theirs. */
  onlyTheirs: MergeField[];
  /** Changed by the editor only: kept. */
  onlyMine: MergeField[];
}

/** Three-way comparison: base = what the editor started from, mine = the form, theirs = the server. */
export const analyseConflict = (base: ArticleValues, mine: ArticleValues, theirs: ArticleValues): ConflictAnalysis => {
  const out: ConflictAnalysis = { both: [], onlyTheirs: [], onlyMine: [] };
  for (const f of mergeFields) {
    const iChanged = !sameValue(mine[f], base[f]);
    const theyChanged = !sameValue(theirs[f], base[f]);
    if (iChanged && theyChanged && !sameValue(mine[f], theirs[f])) out.both.push(f);
    else if (theyChanged && !iChanged) out.onlyTheirs.push(f);
    else if (iChanged && !theyChanged) out.onlyMine.push(f);
  }
  return out;
};

const joinBoth = (field: MergeField, theirs: unknown, mine: unknown): unknown => {
  const t = typeof theirs === 'string' ? theirs : '';
  const m = typeof mine === 'string' ? mine : '';
  if (!t) return m;
  if (!m) return t;
  return field === 'body' ? `${t}${m}` : `${t} ${m}`;
};

/**
 * The values to save: their record, with the editor's changes where only the editor changed a
 * field and the editor's choice where both did (mine by default). Carries their `version`, so
 * the save is checked against what they saved.
 */
export const buildMerge = (
  base: ArticleValues,
  mine: ArticleValues,
  theirs: ArticleValues,
  choices: Partial<Record<MergeField, Choice>> = {},
): ArticleValues => {
  const { both, onlyMine } = analyseConflict(base, mine, theirs);
  const merged: ArticleValues = { ...theirs };
  for (const f of onlyMine) merged[f] = mine[f] as never;
  for (const f of both) {
    const choice = choices[f] ?? 'mine';
    merged[f] = (choice === 'theirs' ? theirs[f] : choice === 'mine' ? mine[f] : joinBoth(f, theirs[f], mine[f])) as never;
  }
  merged.version = theirs.version;
  return merged;
};
