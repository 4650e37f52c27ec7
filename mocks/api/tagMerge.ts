import { http } from 'msw';
import { nowIso } from '../clock';
import { getDb } from '../db';
import { logActivity } from './activity';
import { articlesWhere, rewriteArticles } from './articleRewrite';
import { fail, ok, readBody } from './http';
import { authorize } from './session';

const isId = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;

/**
 * `POST /api/tags/merge {keepId, mergeIds}`: every article carrying a merged tag carries the
 * kept one instead, and the merged tags are removed. Everything is checked before anything is
 * written, and the writes cannot fail halfway (one synchronous pass), so a merge with one bad id
 * changes nothing. Answers `{data: keptTag, changedArticles, removedTagIds}`.
 */
export const tagMergeHandler = http.post('*/api/tags/merge', async ({ request }) => {
  const who = authorize(request, 'tags', 'merge');
  if (who instanceof Response) return who;
  const body = await readBody(request);
  const keepId = body?.keepId;
  const mergeIds = body?.mergeIds;
  if (!isId(keepId) || !Array.isArray(mergeIds) || mergeIds.length === 0 || !mergeIds.every(isId)) {
    return fail(400, 'keepId (a tag id) and mergeIds (a non-empty list of tag ids) are required', {
      errors: { mergeIds: 'resources.tags.merge.errors.ids' },
    });
  }
  const ids = [...new Set(mergeIds)];
  if (ids.includes(keepId)) {
    return fail(400, 'The kept tag cannot also be merged away', { errors: { mergeIds: 'resources.tags.merge.errors.keep_in_merge' } });
  }
  const db = getDb();
  const missing = [keepId, ...ids].filter((id) => !db.tags.get(id));
  if (missing.length) return fail(404, `No tags record with id ${missing.join(', ')}`, { missing });

  const ctx = { db, user: who.user, now: nowIso() };
  const merged = new Set(ids);
  const affected = articlesWhere(ctx, (a) => a.tagIds.some((t) => merged.has(t)));
  rewriteArticles(
    ctx,
    affected,
    (a) => ({ tagIds: [...new Set(a.tagIds.map((t) => (merged.has(t) ? keepId : t)))] }),
    ['tagIds'],
  );
  for (const id of ids) {
    const tag = db.tags.get(id)!;
    const record = db.tags.materialize(tag);
    db.remove(db.tags, id);
    logActivity(ctx, { action: 'delete', resource: 'tags', recordId: id, label: tag.name, changedFields: Object.keys(record) });
  }
  db.tags.invalidate();
  return ok({ data: db.tags.materialize(db.tags.get(keepId)!), changedArticles: affected.length, removedTagIds: ids });
});
