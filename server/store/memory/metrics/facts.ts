import { dayNumber } from '../../../rules/clock';
import type { Tables } from '../tables';
import type { StoredArticle } from '../types';
import { popularity } from '../../../seed/traffic';

/** What the metric index reads of an article; the rest (title, body, tags) never moves a figure. */
export interface Facts {
  pub: number | null;
  key: string;
  pop: number;
}

/**
 * Kept per row object: a write replaces the object, so after an edit a rebuild parses one date
 * instead of 50,000 (Date.parse dominates the build).
 */
const cache = new WeakMap<StoredArticle, Facts>();
export const factsOf = (a: StoredArticle): Facts => {
  let f = cache.get(a);
  if (!f) {
    f = {
      pub: a.publishedAt ? dayNumber(Date.parse(a.publishedAt)) : null,
      key: `${a.categoryId}|${a.lang}|${a.authorId}`,
      pop: popularity(a.id),
    };
    cache.set(a, f);
  }
  return f;
};

/**
 * Compares the articles now in `db` with `refs` (the rows an index was built from). Returns the
 * current rows when every difference leaves the metrics as they were (an edited title, a new
 * draft, a deleted draft), or null when the index must be rebuilt. `hasRows` says whether a
 * publication day gives an article rows in the window.
 */
export const benignChanges = (db: Tables, refs: StoredArticle[], hasRows: (pub: number | null) => boolean): StoredArticle[] | null => {
  const rows = db.articles.rows;
  const metricsOf = (a: StoredArticle | undefined) => {
    const f = a && factsOf(a);
    return f && hasRows(f.pub) ? `${f.pub}|${f.key}` : '';
  };
  if (rows.size === refs.length) {
    // Same order (an update keeps a Map entry's place): compare position by position.
    let i = 0;
    let aligned = true;
    for (const row of rows.values()) {
      const old = refs[i++];
      if (old === row) continue;
      if (old.id !== row.id) aligned = false;
      else if (metricsOf(old) !== metricsOf(row)) return null;
    }
    if (aligned) return [...rows.values()];
  }
  const before = new Map(refs.map((r) => [r.id, r]));
  for (const row of rows.values()) {
    const old = before.get(row.id);
    if (old !== row && metricsOf(old) !== metricsOf(row)) return null;
    before.delete(row.id);
  }
  for (const gone of before.values()) if (metricsOf(gone)) return null;
  return [...rows.values()];
};
