import { sql } from 'drizzle-orm';
import type { Activity, Revision } from '../../../../src/schemas';
import type { ActivityRow, Collection, Review, ReviewRow, RevisionRow } from '../../types';
import { deleteRow, getOne, insertRow, list, paged, type Reader } from '../crud';
import type { Executor } from '../driver';
import { column, containsAny, derived } from '../fields';
import { activity, reviews, revisions } from '../schema';

type ActivityRecord = Activity & { userName: string | null };

const revisionReader: Reader<Revision> = {
  table: revisions,
  id: revisions.id,
  fields: {
    id: column(revisions.id, 'int'),
    articleId: column(revisions.articleId, 'int'),
    version: column(revisions.version, 'int'),
    createdAt: column(revisions.createdAt, 'time'),
    createdBy: column(revisions.createdBy, 'int'),
  },
  async fetch(db, where, order, page) {
    const rows = await paged(db.select().from(revisions).where(where).orderBy(...order).$dynamic(), page);
    return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
  },
};

const activityReader: Reader<ActivityRecord> = {
  table: activity,
  id: activity.id,
  fields: {
    id: column(activity.id, 'int'),
    at: column(activity.at, 'time'),
    userId: column(activity.userId, 'int'),
    action: column(activity.action, 'text'),
    resource: column(activity.resource, 'text'),
    recordId: column(activity.recordId, 'int'),
    label: column(activity.label, 'text'),
  },
  search: (q) => containsAny([activity.label, activity.resource], q),
  async fetch(db, where, order, page) {
    const rows = await paged(db.select().from(activity).where(where).orderBy(...order).$dynamic(), page);
    return rows.map((r) => ({ ...r, action: r.action as Activity['action'], at: r.at.toISOString() }));
  },
};

const reviewReader: Reader<Review> = {
  table: reviews,
  id: reviews.id,
  fields: {
    id: column(reviews.id, 'int'),
    articleId: column(reviews.articleId, 'int'),
    // A date column, compared and sorted as its YYYY-MM-DD text, as the API gives it.
    date: derived(sql`(${reviews.date}::text)`, 'text'),
    reviewedBy: column(reviews.reviewedBy, 'int'),
    reviewedAt: column(reviews.reviewedAt, 'time'),
  },
  async fetch(db, where, order, page) {
    const rows = await paged(db.select().from(reviews).where(where).orderBy(...order).$dynamic(), page);
    return rows.map((r) => ({ ...r, reviewedAt: r.reviewedAt.toISOString() }));
  },
};

export const revisionCollection = (db: Executor): Collection<Revision, RevisionRow> => ({
  list: (query) => list(db, revisionReader, query),
  get: (id) => getOne(db, revisionReader, id),
  insert: async (row) => {
    const values = { ...row, createdByName: row.createdByName ?? null, createdAt: new Date(row.createdAt) };
    return (await getOne(db, revisionReader, await insertRow(db, revisions, revisions.id, values)))!;
  },
  remove: (id) => deleteRow(db, revisions, revisions.id, id),
});

export const activityCollection = (db: Executor): Collection<ActivityRecord, ActivityRow & { userName: string | null }> => ({
  list: (query) => list(db, activityReader, query),
  get: (id) => getOne(db, activityReader, id),
  insert: async (row) =>
    (await getOne(db, activityReader, await insertRow(db, activity, activity.id, { ...row, at: new Date(row.at) })))!,
  remove: (id) => deleteRow(db, activity, activity.id, id),
});

export const reviewCollection = (db: Executor): Collection<Review, ReviewRow> => ({
  list: (query) => list(db, reviewReader, query),
  get: (id) => getOne(db, reviewReader, id),
  insert: async (row) =>
    (await getOne(db, reviewReader, await insertRow(db, reviews, reviews.id, { ...row, reviewedAt: new Date(row.reviewedAt) })))!,
  remove: (id) => deleteRow(db, reviews, reviews.id, id),
});
