import { dayToIsoDate } from './clock';
import type { Db } from './db';

/** A spike marked reviewed: who and when, with an optional note; one per article and day. */
export interface StoredReview {
  id: number;
  articleId: number;
  date: string;
  note: string;
  reviewedBy: number;
  reviewedAt: string;
}

export const MAX_NOTE = 500;

/** Reviews by "articleId|date"; the table stays small (one row per reviewed spike). */
export const reviewsByKey = (db: Db): Map<string, StoredReview> => {
  const out = new Map<string, StoredReview>();
  for (const r of db.reviews.rows.values()) out.set(`${r.articleId}|${r.date}`, r);
  return out;
};

export const saveReview = (db: Db, articleId: number, day: number, userId: number, note: string, now: string): StoredReview => {
  const row: StoredReview = {
    id: db.reviews.nextId,
    articleId,
    date: dayToIsoDate(day),
    note,
    reviewedBy: userId,
    reviewedAt: now,
  };
  db.put(db.reviews, row);
  return row;
};
