import type {
  Activity, Article, Author, Category, PhotoCredit, Revision, SharesByNetwork, Tag, User,
} from '../../src/schemas';
import type { SeedData } from '../seed';

/**
 * The storage interface the rules of the contract are written over. Every store the project
 * ships implements it: the in-memory store (the browser demo and the component tests), PGlite
 * and PostgreSQL (server/store/sql). The contract suite runs unchanged against each of them.
 *
 * What must hold when several server processes write at once is the store's to keep, not the
 * rules': unique keys (UniqueViolation), references (ReferenceViolation), the version checked
 * inside the update (`update` answers null), and `tx`, which applies all of a change or none.
 */

// ---------------------------------------------------------------------------------------------
// Queries

export type Scalar = string | number | boolean | null;
export type Order = 'ASC' | 'DESC';

/**
 * One condition of a list query, on a field the resource declares (server/rules/fields.ts).
 * Values arrive already converted to the field's type: numbers for ids, booleans for flags,
 * ISO strings normalised by `toISOString()` for instants, so comparing two of them as text
 * orders them in time.
 *
 * - `in`: the field equals one of `values` (`null` matches a missing value). On an array field
 *   (`tagIds`) it means "contains one of".
 * - `nin`: the field equals none of `values` (a missing value is kept unless `null` is listed).
 * - `gte` / `lte` / `gt` / `lt`: a range bound; a missing value never matches.
 */
export type Condition =
  | { field: string; op: 'in' | 'nin'; values: Scalar[] }
  | { field: string; op: 'gte' | 'lte' | 'gt' | 'lt'; value: string | number };

export interface ListQuery {
  /** All must hold. */
  where: Condition[];
  /** Full-text search (articles: title, summary, body; other resources: their names). */
  q?: string;
  /**
   * Sort keys, most significant first; the rules always end the list with `id`, so the order
   * is total. Missing values (null) sort first in ascending order and last in descending
   * order; text compares case-insensitively.
   */
  sort: [field: string, order: Order][];
  /** Inclusive indices of the page; null: every matching row. */
  range: [number, number] | null;
  /**
   * The caller needs no total past a full page (it asked for one row more than it shows, to
   * know whether more follow): a store may then skip counting, and `total` is only a lower bound.
   */
  uncounted?: boolean;
}

export interface Page<R> {
  rows: R[];
  /** Every row matching `where` and `q`, regardless of `range` (see `ListQuery.uncounted`). */
  total: number;
}

// ---------------------------------------------------------------------------------------------
// Records as the rules write them: every stored field but `id` (assigned by the store),
// `version` (the store's: 1 on insert, +1 on each update) and the derived fields.

type Derived = 'id' | 'version';
export type ArticleRow = Omit<Article, Derived | 'views' | 'shares'>;
export type CategoryRow = Omit<Category, Derived | 'articleCount'>;
export type TagRow = Omit<Tag, Derived | 'articleCount'>;
export type AuthorRow = Omit<Author, Derived | 'articleCount'>;
export type PhotoCreditRow = Omit<PhotoCredit, Derived | 'usageCount'>;
export type UserRow = Omit<User, Derived>;
export type RevisionRow = Omit<Revision, 'id'>;
export type ActivityRow = Omit<Activity, 'id'>;

/** A traffic spike marked reviewed; one per article and day. */
export interface Review {
  id: number;
  articleId: number;
  /** YYYY-MM-DD (UTC), the metric row's day. */
  date: string;
  note: string;
  reviewedBy: number;
  reviewerName: string | null;
  reviewedAt: string;
}
export type ReviewRow = Omit<Review, 'id'>;

// ---------------------------------------------------------------------------------------------
// Collections

/** A stored collection. `R` is the record clients see (with derived fields), `W` what is written. */
export interface Collection<R extends { id: number }, W> {
  list(query: ListQuery): Promise<Page<R>>;
  get(id: number): Promise<R | null>;
  /** Throws UniqueViolation or ReferenceViolation; answers the stored record. */
  insert(row: W): Promise<R>;
  remove(id: number): Promise<boolean>;
}

/** A collection whose records carry `version` (optimistic locking). */
export interface VersionedCollection<R extends { id: number; version: number }, W> extends Collection<R, W> {
  /**
   * Replaces the stored fields of `id` when its stored version is `version`, and makes it
   * `version + 1`, in one statement. Null when the row is gone or its version moved on (the
   * caller answers 409 with the current record). Throws UniqueViolation or ReferenceViolation.
   */
  update(id: number, row: W, version: number): Promise<R | null>;
}

/** What a list of metrics shows of an article (top lists, spikes): no body or tags to read. */
export type ArticleBrief = Pick<Article, 'id' | 'title' | 'lang' | 'categoryId' | 'authorId' | 'publishedAt'>;

export interface ArticleCollection extends VersionedCollection<Article, ArticleRow> {
  /** How many rows match `query` (its sort and range ignored) for each value of `field`. */
  countBy(field: 'status', query: ListQuery): Promise<Record<string, number>>;
  /** The briefs of these articles, in any order; ids of no article are left out. */
  briefs(ids: number[]): Promise<ArticleBrief[]>;
}

/** Sessions are kept by the hash of their token, never the token itself. */
export interface SessionRecord {
  tokenHash: string;
  userId: number;
  /** Epoch milliseconds. */
  expiresAt: number;
}
export interface Sessions {
  create(session: SessionRecord): Promise<void>;
  find(tokenHash: string): Promise<SessionRecord | null>;
  remove(tokenHash: string): Promise<void>;
  /** Ends every session of a user, except `keepTokenHash`. */
  removeForUser(userId: number, keepTokenHash?: string): Promise<void>;
  removeExpired(now: number): Promise<void>;
}

/** Password hashes (a self-describing string, see server/rules/auth/passwords.ts). */
export interface Credentials {
  get(userId: number): Promise<string | null>;
  set(userId: number, hash: string): Promise<void>;
}

/** Failed sign-ins, for the throttle. Emails are stored lower-cased. */
export interface LoginFailures {
  add(email: string, at: number): Promise<void>;
  /** Failures of `email` at or after `since`, oldest first (epoch ms). */
  since(email: string, since: number): Promise<number[]>;
  clear(email: string): Promise<void>;
  removeBefore(at: number): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Metrics: daily rows per article and the aggregations over them. Days are day numbers
// (days since 1970-01-01, UTC), periods inclusive.

export interface Period {
  from: number;
  to: number;
}
/** Which articles an aggregation counts; each list means "any of", an absent one "any". */
export interface MetricFilter {
  categoryIds?: number[];
  langs?: string[];
  authorIds?: number[];
}
export interface Totals {
  views: number;
  shares: number;
  byNetwork: SharesByNetwork;
}
export interface MetricRow {
  articleId: number;
  day: number;
  views: number;
  shares: SharesByNetwork;
}
export interface TopEntry {
  articleId: number;
  views: number;
  shares: number;
  /** The ranking measure on each day of the period (0 where the article has no row). */
  trend: number[];
}
export type Grouping = 'section' | 'category' | 'language' | 'author';
export interface Group extends Totals {
  /** Section or category id, language code or author id; -1 for articles without one. */
  key: number | string;
}
export interface SpikeHit {
  articleId: number;
  day: number;
  views: number;
  /** Median views of the 7 days before, each of which has a row. */
  median: number;
}

export interface Metrics {
  /** The last day that has rows (today, normally), or null when there are none. */
  lastDay(today: number): Promise<number | null>;
  totals(period: Period, filter: MetricFilter): Promise<Totals>;
  /** One entry per day of the period, zeros where no row counts. */
  series(period: Period, filter: MetricFilter): Promise<(Totals & { day: number })[]>;
  /** Most views (or shares) first, ties to the lower id; articles with none are left out. */
  top(period: Period, filter: MetricFilter, by: 'views' | 'shares', limit: number): Promise<TopEntry[]>;
  /** Groups with any views or shares, most views first (then most shares). */
  breakdown(period: Period, filter: MetricFilter, by: Grouping): Promise<Group[]>;
  /**
   * Days whose views are at least 50 and more than `multiple` × max(1, median of the 7 days
   * before); newest day first, then the largest ratio views / max(median, 1), then lower id.
   */
  spikes(period: Period, filter: MetricFilter, multiple: number): Promise<SpikeHit[]>;
  /** The first and last day an article has rows, or null. */
  span(articleId: number): Promise<{ first: number; last: number } | null>;
  /**
   * Daily rows of the articles (every article when `articleIds` is absent) within the days,
   * ordered by article then day (`byDate` false) or day then article, ascending or descending.
   */
  rows(query: {
    articleIds?: number[];
    from?: number;
    to?: number;
    byDate: boolean;
    order: Order;
    range: [number, number] | null;
  }): Promise<Page<MetricRow>>;
}

// ---------------------------------------------------------------------------------------------
// The store

export interface Db {
  articles: ArticleCollection;
  categories: VersionedCollection<Category, CategoryRow>;
  tags: VersionedCollection<Tag, TagRow> & {
    /**
     * Holds other merges off until this transaction ends: tag merges run one at a time, in
     * any number of server processes. Two merges at once would rewrite the same articles in
     * turn, each removing tags the other one is giving articles (a tag left dangling, a removed
     * one carried), and deadlock in the database. Reads and article saves go on meanwhile.
     */
    lockForMerge(): Promise<void>;
  };
  authors: VersionedCollection<Author, AuthorRow>;
  photoCredits: VersionedCollection<PhotoCredit, PhotoCreditRow>;
  users: VersionedCollection<User, UserRow> & {
    /** Records a sign-in: `lastLoginAt` is the server's, so it moves no version. */
    setLastLogin(id: number, at: string): Promise<void>;
  };
  /** Removed with their article. */
  revisions: Collection<Revision, RevisionRow>;
  activity: Collection<Activity & { userName: string | null }, ActivityRow & { userName: string | null }>;
  /** Removed with their article; unique per (articleId, date). */
  reviews: Collection<Review, ReviewRow>;
  sessions: Sessions;
  credentials: Credentials;
  loginFailures: LoginFailures;
  metrics: Metrics;
}

export type StoreKind = 'memory' | 'pglite' | 'postgres';

/**
 * Facts about the database itself, by key: `demo` says it holds the demo newsroom (so the login
 * page may list the demo accounts, and `POST /demo/reset` reloads it). Values are text (JSON
 * where structured). `load` leaves them alone.
 */
export interface MetaEntries {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

export interface Store {
  readonly kind: StoreKind;
  /** Reads (and single writes) outside a transaction. */
  readonly db: Db;
  /**
   * Runs `fn` as one transaction: every write it makes lands, or none does (when it throws).
   * Transactions of one store never see each other's unfinished writes.
   */
  tx<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  /**
   * Replaces every record with the seed (the demo newsroom; tests start each case from one),
   * ids included, so the next inserted id follows the seed's largest. The SQL store also
   * generates the seed's daily metric rows inside the database (see server/seed/traffic.ts).
   */
  load(seed: SeedData): Promise<void>;
  readonly meta: MetaEntries;
  /** True while the database holds no user at all (a new database). */
  isEmpty(): Promise<boolean>;
  /**
   * Runs `work` while no other server process on this database runs its own: servers started
   * together on a new database prepare it (seed, first admin) one after the other, so the second
   * finds it prepared instead of seeding it again under the first one's users.
   */
  withStartupLock<T>(work: () => Promise<T>): Promise<T>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  /** Periodic upkeep (server housekeeping): the SQL store folds the rows of its kept counts, and on PGlite vacuums once a day. */
  tidy?(): Promise<void>;
  close(): Promise<void>;
}
