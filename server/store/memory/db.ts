import type { ArticleCollection, Db } from '../types';
import { GeneratedBodies } from '../../seed/bodies';
import { foldForSearch, searchStems } from '../searchFold';
import { Counters } from './counters';
import { plainCollection, versionedCollection, type Constraints } from './collections';
import { matchingIds } from './query';
import { authCollections } from './auth';
import { memoryMetrics } from './metrics/adapter';
import type { Tables } from './tables';
import type { StoredArticle, StoredCategory, StoredUser } from './types';

const slugTaken = (rows: Iterable<{ id: number; slug: string }>, slug: string, selfId: number | undefined) => {
  for (const r of rows) if (r.slug === slug && r.id !== selfId) return 'slug';
  return null;
};

const articleConstraints: Constraints<StoredArticle> = {
  missing: (t, a, selfId) => {
    if (a.categoryId !== null && !t.categories.get(a.categoryId)) return 'categoryId';
    if (a.authorId !== null && !t.authors.get(a.authorId)) return 'authorId';
    if (a.tagIds.some((id) => !t.tags.get(id))) return 'tagIds';
    const credit = a.featuredImage?.photoCreditId;
    if (credit != null && !t.photoCredits.get(credit)) return 'featuredImage.photoCreditId';
    if (a.translationOf !== null && (a.translationOf === selfId || !t.articles.get(a.translationOf))) return 'translationOf';
    return null;
  },
  unique: (t, a, selfId) => {
    const owner = t.counters.slugs.get(Counters.slugKey(a.lang, a.slug));
    return owner !== undefined && owner !== selfId ? 'slug' : null;
  },
  inUse: (t, id) => (t.counters.translation.get(id) ?? 0) > 0,
  onRemove: (t, id) => {
    // Revisions and reviewed spikes describe only this article: they go with it (ON DELETE CASCADE).
    for (const r of [...t.revisions.rows.values()]) if (r.articleId === id) t.remove(t.revisions, r.id);
    for (const r of [...t.reviews.rows.values()]) if (r.articleId === id) t.remove(t.reviews, r.id);
  },
  put: (t, row) => t.putArticle(row),
  drop: (t, id) => t.removeArticle(id),
  // As the SQL store: every word of `q` (stemmed, see searchStems) in the title, summary or body,
  // or the title starting with `q`; text and query folded alike (foldForSearch).
  search: (t) => (q) => {
    const terms = searchStems(q).map((stem) => ({ stem, blocks: GeneratedBodies.match(stem) }));
    const prefix = foldForSearch(q);
    const body = t.articles.accessor('body');
    const title = t.articles.accessor('title');
    const hasTerm = (id: number, { stem, blocks }: (typeof terms)[number]) =>
      t.articles.searchTextOf(id).includes(stem) || (body(id) === null && t.seed.bodies.matches(id, blocks));
    // The search text starts with the folded title: a cheap test first.
    const titleStarts = (id: number) => t.articles.searchTextOf(id).startsWith(prefix) && foldForSearch(String(title(id))).startsWith(prefix);
    return (id) => (terms.length > 0 && terms.every((term) => hasTerm(id, term))) || titleStarts(id);
  },
};

const categoryConstraints: Constraints<StoredCategory> = {
  missing: (t, c) => (c.parentId !== null && !t.categories.get(c.parentId) ? 'parentId' : null),
  unique: (t, c, selfId) => slugTaken(t.categories.rows.values(), c.slug, selfId),
  inUse: (t, id) =>
    (t.counters.category.get(id) ?? 0) > 0 || [...t.categories.rows.values()].some((c) => c.parentId === id),
};

const userConstraints: Constraints<StoredUser> = {
  missing: (t, u) => (u.authorId !== null && !t.authors.get(u.authorId) ? 'authorId' : null),
  unique: (t, u, selfId) => {
    const email = u.email.toLowerCase();
    for (const other of t.users.rows.values()) if (other.email.toLowerCase() === email && other.id !== selfId) return 'email';
    return null;
  },
  onRemove: (t, id) => {
    for (const [hash, s] of [...t.sessions]) if (s.userId === id) t.setSession(hash, null);
    t.setCredential(id, null);
  },
};

/** The storage interface over the tables of `current()` (replaced whole by a seed load). */
export const memoryDb = (current: () => Tables): Db => {
  const articles = versionedCollection(current, (t) => t.articles, articleConstraints);
  const articleCollection: ArticleCollection = {
    ...articles,
    async countBy(field, query) {
      const t = current();
      const out: Record<string, number> = {};
      for (const id of matchingIds(t.articles, query, articleConstraints.search!(t))) {
        const v = String(t.articles.get(id)![field]);
        out[v] = (out[v] ?? 0) + 1;
      }
      return out;
    },
    async briefs(ids) {
      const t = current();
      return ids.flatMap((id) => {
        const a = t.articles.get(id);
        return a ? [{ id: a.id, title: a.title, lang: a.lang, categoryId: a.categoryId, authorId: a.authorId, publishedAt: a.publishedAt }] : [];
      });
    },
  };
  return {
    articles: articleCollection,
    categories: versionedCollection(current, (t) => t.categories, categoryConstraints),
    tags: {
      ...versionedCollection(current, (t) => t.tags, {
        unique: (t, r, selfId) => slugTaken(t.tags.rows.values(), r.slug, selfId),
        inUse: (t, id) => (t.counters.tag.get(id) ?? 0) > 0,
      }),
      // Transactions on this store already run one at a time.
      lockForMerge: async () => undefined,
    },
    authors: versionedCollection(current, (t) => t.authors, {
      inUse: (t, id) => (t.counters.author.get(id) ?? 0) > 0,
      // A user's link to their author profile is optional (ON DELETE SET NULL).
      onRemove: (t, id) => {
        for (const u of [...t.users.rows.values()]) if (u.authorId === id) t.put(t.users, { ...u, authorId: null });
      },
    }),
    photoCredits: versionedCollection(current, (t) => t.photoCredits, {
      inUse: (t, id) => (t.counters.credit.get(id) ?? 0) > 0,
    }),
    users: {
      ...versionedCollection(current, (t) => t.users, userConstraints),
      async setLastLogin(id, at) {
        const t = current();
        const u = t.users.get(id);
        if (u) t.put(t.users, { ...u, lastLoginAt: at });
      },
    },
    revisions: plainCollection(current, (t) => t.revisions, {
      missing: (t, r) => (t.articles.get(r.articleId) ? null : 'articleId'),
    }),
    activity: plainCollection(current, (t) => t.activity),
    reviews: plainCollection(current, (t) => t.reviews, {
      missing: (t, r) => (t.articles.get(r.articleId) ? null : 'articleId'),
      unique: (t, r) => ([...t.reviews.rows.values()].some((x) => x.articleId === r.articleId && x.date === r.date) ? 'date' : null),
    }),
    ...authCollections(current),
    metrics: memoryMetrics(current),
  };
};
