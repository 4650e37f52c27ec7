import type { Article, Author, Category, PhotoCredit, Tag } from '../../src/schemas';
import { articleTotals, clearTotalsCache } from '../metrics';
import { dayNumber, nowMs } from '../clock';
import type { SeedData } from '../seed';
import type { StoredReview } from '../reviews';
import { Counters } from './counters';
import { Table } from './table';
import type {
  Credential, SessionRecord, StoredActivity, StoredArticle, StoredAuthor, StoredCategory,
  StoredPhotoCredit, StoredRevision, StoredTag, StoredUser,
} from './types';

/** A change the browser persists (see persist.ts); Node tests leave `onChange` unset. */
export type Change =
  | { kind: 'record'; resource: string; id: number; value: unknown }
  | { kind: 'session'; token: string; value: SessionRecord | null }
  | { kind: 'credential'; userId: number; value: Credential | null }
  /** The demo data was reset: forget everything persisted. */
  | { kind: 'reset' };

const lower = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' ').toLowerCase();

export class Db {
  readonly counters = new Counters();
  readonly bodies: SeedData['bodies'];
  readonly credentials: Map<number, Credential>;
  readonly sessions = new Map<string, SessionRecord>();
  onChange?: (c: Change) => void;

  readonly articles: Table<StoredArticle, Article>;
  readonly categories: Table<StoredCategory, Category>;
  readonly tags: Table<StoredTag, Tag>;
  readonly authors: Table<StoredAuthor, Author>;
  readonly photoCredits: Table<StoredPhotoCredit, PhotoCredit>;
  readonly users = new Table<StoredUser>('users', { searchText: (u) => lower(u.name, u.email) });
  readonly revisions = new Table<StoredRevision>('revisions', { searchText: () => '' });
  readonly activity = new Table<StoredActivity>('activity', { searchText: (a) => lower(a.label, a.resource) });
  /** Metric spikes marked reviewed (see reviews.ts); empty in the seed. */
  readonly reviews = new Table<StoredReview>('reviews', { searchText: (r) => lower(r.note) });

  constructor(readonly seed: SeedData) {
    const c = this.counters;
    const count = (m: Map<number, number>) => (row: { id: number }) => m.get(row.id) ?? 0;
    this.bodies = seed.bodies;
    this.credentials = new Map(seed.credentials);
    const totals = (a: StoredArticle) => articleTotals(a);
    this.articles = new Table<StoredArticle, Article>('articles', {
      searchText: (a) => lower(a.title, a.summary, a.body?.replace(/<[^>]+>/g, ' ')),
      derived: { views: (a) => totals(a).views, shares: (a) => totals(a).shares },
      epoch: () => dayNumber(nowMs()),
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
    return a.body ?? (this.bodies.has(a.id) ? this.bodies.html(a.id) : '');
  }

  /** Every write goes through here: counters, sort orders and persistence stay in step. */
  putArticle(next: StoredArticle): void {
    const old = this.articles.get(next.id);
    if (old) this.counters.apply(old, -1);
    this.counters.apply(next, 1);
    this.articles.put(next);
    this.countsChanged();
    this.emit('articles', next.id, next);
  }
  removeArticle(id: number): void {
    const old = this.articles.remove(id);
    if (!old) return;
    this.counters.apply(old, -1);
    this.countsChanged();
    this.emit('articles', id, null);
  }
  /** Generic write for the other tables (their rows carry no derived state). */
  put<S extends { id: number }>(table: Table<S, unknown>, row: S): void {
    table.put(row);
    this.emit(table.name, row.id, row);
  }
  remove<S extends { id: number }>(table: Table<S, unknown>, id: number): void {
    if (table.remove(id)) this.emit(table.name, id, null);
  }

  setSession(token: string, value: SessionRecord | null): void {
    if (value) this.sessions.set(token, value);
    else this.sessions.delete(token);
    this.onChange?.({ kind: 'session', token, value });
  }
  setCredential(userId: number, value: Credential): void {
    this.credentials.set(userId, value);
    this.onChange?.({ kind: 'credential', userId, value });
  }

  private countsChanged() {
    // Small tables: re-sorting them on the next request is cheaper than tracking which moved.
    this.categories.invalidate();
    this.tags.invalidate();
    this.authors.invalidate();
    this.photoCredits.invalidate();
  }
  private emit(resource: string, id: number, value: unknown) {
    this.onChange?.({ kind: 'record', resource, id, value });
  }
}
