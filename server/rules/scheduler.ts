import type { Article } from '../../src/schemas';
import { logActivity } from './activity';
import { rowOf, saveRevision } from './articleRewrite';
import type { Ctx, Deps } from './context';

/**
 * The server publishes scheduled articles itself when their time comes, judged by the app's
 * clock: before every request (so no reader ever sees a Scheduled article whose time has
 * passed) and on a timer (server/node/scheduler.ts, and every 15 s in the browser demo).
 *
 * Each article is published in its own transaction by a version-checked update, so when two
 * server processes find the same due article, one update wins and the other changes nothing:
 * an article is never published twice.
 */
export const publishDue = async (deps: Deps): Promise<number[]> => {
  const now = new Date(deps.clock()).toISOString();
  const due = await deps.store.db.articles.list({
    where: [
      { field: 'status', op: 'in', values: ['scheduled'] },
      { field: 'publishAt', op: 'lte', value: now },
    ],
    sort: [['publishAt', 'ASC'], ['id', 'ASC']],
    range: null,
  });
  const published: number[] = [];
  for (const a of due.rows) if (await publishOne(deps, a)) published.push(a.id);
  return published;
};

const publishOne = (deps: Deps, a: Article): Promise<boolean> =>
  deps.store.tx(async (db) => {
    const at = a.publishAt ?? new Date(deps.clock()).toISOString();
    const row = { ...rowOf(a), status: 'published' as const, publishedAt: at, updatedAt: at, updatedBy: null };
    const saved = await db.articles.update(a.id, row, a.version);
    // Another process (or a save) came first: nothing to do.
    if (!saved) return false;
    // A system change: no user in the revision or the log.
    const ctx = { deps, db, now: at } as Ctx;
    await saveRevision(ctx, saved, null);
    await logActivity(ctx, { action: 'update', resource: 'articles', recordId: saved.id, label: saved.title, changedFields: ['status', 'publishedAt'] }, null);
    return true;
  });
