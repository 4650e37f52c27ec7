import { http } from 'msw';
import { nowMs } from './clock';
import { getDb, type Db } from './db';
import type { StoredArticle } from './db/types';
import { snapshotOf } from './db/snapshot';

/**
 * The embedded backend publishes scheduled articles by itself when their time comes, judged by
 * the injectable clock (mocks/clock.ts). It runs before every request (so no reader ever sees a
 * Scheduled article whose time has passed) and, in the browser, on a timer, so an open schedule
 * turns Published without anyone asking. In the browser the clock is Date.now, which
 * Playwright's `page.clock` moves.
 */

/**
 * Ids of the scheduled articles: a slice of the table's status index (kept up to date on every
 * write), found by binary search, so the check costs microseconds even at 50,000 articles.
 */
const scheduledIds = (db: Db): number[] => {
  const ids = db.articles.sortedIds('status');
  const status = (i: number) => db.articles.get(ids[i])?.status ?? '';
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (status(mid) < 'scheduled') lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < ids.length && status(i) === 'scheduled'; i++) out.push(ids[i]);
  return out;
};

/** The published version of a due article: status, publishedAt = publishAt, version + 1. */
const published = (a: StoredArticle): StoredArticle => ({
  ...a,
  status: 'published',
  publishedAt: a.publishAt,
  updatedAt: a.publishAt ?? a.updatedAt,
  updatedBy: null,
  version: a.version + 1,
});

/** Publishes every due article; returns their ids. A system change: no user in the log. */
export const publishDue = (db: Db = getDb(), now: number = nowMs()): number[] => {
  const due = scheduledIds(db)
    .map((id) => db.articles.get(id))
    .filter((a): a is StoredArticle => !!a?.publishAt && Date.parse(a.publishAt) <= now);
  const ids: number[] = [];
  for (const a of due) {
    const row = published(a);
    db.putArticle(row);
    // The revision keeps the history gap-free: every version has its snapshot.
    db.put(db.revisions, {
      id: db.revisions.nextId, articleId: row.id, version: row.version,
      snapshot: snapshotOf({ ...row, body: db.bodyOf(row) }), createdAt: row.updatedAt, createdBy: null,
    });
    db.put(db.activity, {
      id: db.activity.nextId, at: row.updatedAt, userId: null, action: 'update', resource: 'articles',
      recordId: row.id, label: row.title, changedFields: ['status', 'publishedAt'],
    });
    ids.push(row.id);
  }
  return ids;
};

/** First of the handlers: runs the due check, then lets the request go on to its own handler. */
export const dueCheckHandler = http.all('*/api/*', () => {
  publishDue();
  // Returning nothing falls through to the next matching handler.
  return undefined;
});

/** The browser's timer (every 15 s of the page's clock). Returns a stop function. */
export const startScheduler = (everyMs = 15_000): (() => void) => {
  const timer = setInterval(() => publishDue(), everyMs);
  return () => clearInterval(timer);
};
