import { fallbackSlug, slugify } from '../../src/lib/slugify';
import type { Collection, Db } from '../store/types';
import type { ListResource } from './fields';

/**
 * A slug for a create that sent none: from the title or name (Arabic transliterated, as the
 * forms do), or `<resource>-<time>` when nothing usable is left; made unique with a suffix
 * (`-2`, `-3`, …) among the slugs already taken (per language for articles). A concurrent
 * create may still take it first: the database refuses the second (UniqueViolation) and the
 * create runs again with the next free suffix (crud.ts).
 */
export const deriveSlug = async (
  db: Db,
  resource: ListResource,
  source: unknown,
  now: Date,
  lang?: unknown,
): Promise<string> => {
  const text = typeof source === 'string' ? source : '';
  const base = slugify(text) || fallbackSlug(now, resource === 'articles' ? 'article' : resource.replace(/s$/, ''));
  const collection = db[resource === 'categories' ? 'categories' : resource === 'tags' ? 'tags' : 'articles'] as Collection<
    { id: number; slug: string },
    unknown
  >;
  const candidates = [base, ...Array.from({ length: 49 }, (_, i) => `${base}-${i + 2}`)];
  const where = [
    { field: 'slug', op: 'in' as const, values: candidates },
    ...(resource === 'articles' && typeof lang === 'string' ? [{ field: 'lang', op: 'in' as const, values: [lang] }] : []),
  ];
  const taken = new Set((await collection.list({ where, sort: [['id', 'ASC']], range: null })).rows.map((r) => r.slug));
  return candidates.find((c) => !taken.has(c)) ?? `${base}-${now.getTime()}`;
};
