import type { Tag } from '../../src/schemas';
import { logActivity } from './activity';
import { articlesWhere, rewriteArticles } from './articleRewrite';
import { inTx, type Ctx } from './context';
import { fail } from './errors';

const isId = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;

/**
 * `POST /tags/merge {keepId, mergeIds}`: every article carrying a merged tag carries the kept
 * one instead, and the merged tags are removed, in one transaction: a merge with one bad id, or
 * one that meets a concurrent save, changes nothing. Answers `{data: keptTag, changedArticles,
 * removedTagIds}`.
 */
export const mergeTags = (ctx: Ctx, body: Record<string, unknown> | null) => {
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
  return inTx(ctx, async (tx) => {
    // Before reading anything: a merge that waited sees what the one before it did.
    await tx.db.tags.lockForMerge();
    const found = await tx.db.tags.list({ where: [{ field: 'id', op: 'in', values: [keepId, ...ids] }], sort: [['id', 'ASC']], range: null });
    const byId = new Map<number, Tag>(found.rows.map((t) => [t.id, t]));
    const missing = [keepId, ...ids].filter((id) => !byId.has(id));
    if (missing.length) fail(404, `No tags record with id ${missing.join(', ')}`, { missing });
    const merged = new Set(ids);
    const affected = await articlesWhere(tx, [{ field: 'tagIds', op: 'in', values: ids }]);
    await rewriteArticles(tx, affected, (a) => ({ tagIds: [...new Set(a.tagIds.map((t) => (merged.has(t) ? keepId : t)))] }), ['tagIds']);
    for (const id of ids) {
      const tag = byId.get(id)!;
      await logActivity(tx, { action: 'delete', resource: 'tags', recordId: id, label: tag.name, changedFields: Object.keys(tag) });
      await tx.db.tags.remove(id);
    }
    return { data: (await tx.db.tags.get(keepId))!, changedArticles: affected.length, removedTagIds: ids };
  });
};
