import type { Activity, Article, Author, Category, PhotoCredit, Revision, Tag, User } from '../../../src/schemas';
import type { Review, SessionRecord } from '../types';

/**
 * Records as the in-memory store keeps them. Counters (`articleCount`, `usageCount`) and the
 * metric totals (`views`, `shares`) are derived on read; a seeded article's body is `null` while
 * it is the generated one (see server/seed/bodies.ts).
 */
export type StoredArticle = Omit<Article, 'body' | 'views' | 'shares'> & { body: string | null };
export type StoredCategory = Omit<Category, 'articleCount'>;
export type StoredTag = Omit<Tag, 'articleCount'>;
export type StoredAuthor = Omit<Author, 'articleCount'>;
export type StoredPhotoCredit = Omit<PhotoCredit, 'usageCount'>;
export type StoredUser = User;
export type StoredRevision = Revision;
export type StoredActivity = Activity & { userName: string | null };
export type StoredReview = Review;
export type StoredSession = SessionRecord;
