import type { Article, Author, Category, PhotoCredit, Tag } from '../../../src/schemas';
import { articleTotals, clearTotalsCache } from '../../seed/traffic';
import { dayNumber, type Clock } from '../../rules/clock';
import { seedBody, type SeedData } from '../../seed';
import { Counters } from './counters';
import { foldForSearch } from '../searchFold';
import { Table } from './table';
import type {
  StoredActivity, StoredArticle, StoredAuthor, StoredCategory, StoredPhotoCredit, StoredReview,
  StoredRevision, StoredSession, StoredTag, StoredUser,
} from './types';

/** A change the browser persists (see persist.ts), announced once its transaction commits. */
export type Change =
  | { kind: 'record'; resource: string; id: number; value: unknown }
  | { kind: 'session'; tokenHash: string; value: StoredSession | null }
  | { kind: 'credential'; userId: number; value: string | null }
  /** Everything was replaced by a seed: forget what was persisted. */
  | { kind: 'reset' };

const lower = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' ').toLowerCase();

/**
 * The tables of the in-memory store. Every write goes through the methods below, which keep
 * the counters, sort orders and search text current and, inside a transaction, record how to
 * undo it (rollback) and which change to announce (commit).
 */
export class Tables {
  readonly counters = new Counters();
  readonly credentials: Map<number, string>;
  readonly sessions = new Map<string, StoredSession>();
  readonly loginFailures = new Map<string, number[]>();
  onChange?: (c: Change) => void;
  private undo: (() => void)[] | null = null;
  private pending: Change[] | null = null;
  private muted = false;

  readonly articles: Table<StoredArticle, Article>;
  readonly categories: Table<StoredCategory, Category>;
  readonly tags: Table<StoredTag, Tag>;
  readonly authors: Table<StoredAuthor, Author>;
  readonly photoCredits: Table<StoredPhotoCredit, PhotoCredit>;
  readonly users = new Table<StoredUser>('users', { searchText: (u) => lower(u.name, u.email) });
  readonly revisions = new Table<StoredRevision>('revisions', { searchText: () => '' });
  readonly activity = new Table<StoredActivity>('activity', { searchText: (a) => lower(a.label, a.resource) });
  readonly reviews = new Table<StoredReview>('reviews', { searchText: (r) => lower(r.note) });

  constructor(
    readonly seed: SeedData,
    readonly clock: Clock,
  ) {
    const c = this.counters;
    const count = (m: Map<number, number>) => (row: { id: number }) => m.get(row.id) ?? 0;
    this.credentials = new Map(seed.credentials);
    const totals = (a: StoredArticle) => articleTotals(a, clock());
    this.articles = new Table<StoredArticle, Article>('articles', {
      // As the SQL store's search document: markup and entities are no text; folded as the query.
      searchText: (a) => foldForSearch(lower(a.title, a.summary, a.body?.replace(/<[^>]*>|&[#a-zA-Z0-9]+;/g, ' '))),
      derived: { views: (a) => totals(a).views, shares: (a) => totals(a).shares },
      epoch: () => dayNumber(clock()),
      materialize: (a) => ({ ...a, body: this.bodyOf(a), ...totals(a) }),
    });
    this.categories = new Table<StoredCategory, Category>('categories', {
      searchText: (r) => lower(r.name.en, r.name.ar, r.slug),
      derived: { articleCount: count(c.category) },
      materialize: (r) => ({ ...r, articleCount: count(c.category)(r) }),
    });
    this.tags = new Table<StoredTag, Tag>('tags', {
      searchText: (r) => lower(r.name, r.slug),
      derived: { articleCount: count(c.tag) },
      materialize: (r) => ({ ...r, articleCount: count(c.tag)(r) }),
    });
    this.authors = new Table<StoredAuthor, Author>('authors', {
      searchText: (r) => lower(r.name),
      derived: { articleCount: count(c.author) },
      materialize: (r) => ({ ...r, articleCount: count(c.author)(r) }),
    });
    this.photoCredits = new Table<StoredPhotoCredit, PhotoCredit>('photo-credits', {
      searchText: (r) => lower(r.photographer, r.agency),
      derived: { usageCount: count(c.credit) },
      materialize: (r) => ({ ...r, usageCount: count(c.credit)(r) }),
    });
    clearTotalsCache();
    this.categories.load(seed.categories);
    this.tags.load(seed.tags);
    this.authors.load(seed.authors);
    this.photoCredits.load(seed.photoCredits);
    this.users.load(seed.users);
    this.revisions.load(seed.revisions);
    this.activity.load(seed.activity);
    this.articles.load(seed.articles);
    for (const a of seed.articles) c.apply(a, 1);
  }

  bodyOf(a: StoredArticle): string {
    return seedBody(this.seed, a);
  }

  // --- transactions ------------------------------------------------------------------------

  /** The changes of the transaction under way, not yet announced. */
  get pendingChanges(): readonly Change[] {
    return this.pending ?? [];
  }
  begin(): void {
    this.undo = [];
    this.pending = [];
  }
  commit(): void {
    const pending = this.pending ?? [];
    this.undo = null;
    this.pending = null;
    for (const c of pending) this.onChange?.(c);
  }
  rollback(): void {
    const undo = this.undo ?? [];
    this.undo = null;
    this.pending = null;
    // The undone writes were never announced, so their inverses are not announced either.
    this.muted = true;
    try {
      for (let i = undo.length - 1; i >= 0; i--) undo[i]();
    } finally {
      this.muted = false;
    }
  }

  // --- writes --------------------------------------------------------------------------------

  putArticle(next: StoredArticle): void {
    const old = this.articles.get(next.id);
    this.recordUndo(() => (old ? this.putArticle(old) : this.removeArticle(next.id)));
    if (old) this.counters.apply(old, -1);
    this.counters.apply(next, 1);
    this.articles.put(next);
    this.countsChanged();
    this.announce({ kind: 'record', resource: 'articles', id: next.id, value: next });
  }
  removeArticle(id: number): void {
    const old = this.articles.remove(id);
    if (!old) return;
    this.recordUndo(() => this.putArticle(old));
    this.counters.apply(old, -1);
    this.countsChanged();
    this.announce({ kind: 'record', resource: 'articles', id, value: null });
  }
  put<S extends { id: number }>(table: Table<S, unknown>, row: S): void {
    const old = table.get(row.id);
    this.recordUndo(() => (old ? this.put(table, old) : this.remove(table, row.id)));
    table.put(row);
    this.announce({ kind: 'record', resource: table.name, id: row.id, value: row });
  }
  remove<S extends { id: number }>(table: Table<S, unknown>, id: number): void {
    const old = table.remove(id);
    if (!old) return;
    this.recordUndo(() => this.put(table, old));
    this.announce({ kind: 'record', resource: table.name, id, value: null });
  }
  setSession(tokenHash: string, value: StoredSession | null): void {
    const old = this.sessions.get(tokenHash) ?? null;
    this.recordUndo(() => this.setSession(tokenHash, old));
    if (value) this.sessions.set(tokenHash, value);
    else this.sessions.delete(tokenHash);
    this.announce({ kind: 'session', tokenHash, value });
  }
  setCredential(userId: number, value: string | null): void {
    const old = this.credentials.get(userId) ?? null;
    this.recordUndo(() => this.setCredential(userId, old));
    if (value) this.credentials.set(userId, value);
    else this.credentials.delete(userId);
    this.announce({ kind: 'credential', userId, value });
  }

  private recordUndo(fn: () => void) {
    // While undoing, `undo` is null: the inverse writes record nothing themselves.
    this.undo?.push(fn);
  }
  private announce(c: Change) {
    if (this.muted) return;
    if (this.pending) this.pending.push(c);
    else this.onChange?.(c);
  }
  private countsChanged() {
    // Small tables: re-sorting them on the next request is cheaper than tracking which moved.
    this.categories.invalidate();
    this.tags.invalidate();
    this.authors.invalidate();
    this.photoCredits.invalidate();
  }
}
