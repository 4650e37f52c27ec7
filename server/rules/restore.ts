import { msg } from '../../src/schemas';
import { inTx, type Ctx } from './context';
import { prepareInput, stale, writeRecord, type Prepared } from './crud';
import { fail, notFound } from './errors';
import { articles } from './resources';

/** Workflow fields a restore leaves alone: bringing back old words must not (un)publish. */
const keptOnRestore = ['status', 'publishAt'] as const;

/**
 * `POST /articles/:id/restore {revisionId, version}`: saves a revision's snapshot as the
 * article's next version (itself a revision), through the same rules as any save. `version` is
 * the version the editor was looking at; a stale one answers 409 with the current record.
 */
export const restoreRevision = async (ctx: Ctx, rawId: unknown, body: Record<string, unknown> | null) => {
  // Revisions never change, so the snapshot is read and sanitised before the transaction; the
  // checks below read it again inside.
  const early = Number.isInteger(Number(body?.revisionId)) ? await ctx.db.revisions.get(Number(body?.revisionId)) : null;
  const clean: Prepared | null = early ? prepareInput(articles, ctx.deps, early.snapshot) : null;
  return inTx(ctx, async (tx) => {
    const existing = (await tx.db.articles.get(Number(rawId))) ?? notFound('articles', rawId);
    const revisionId = Number(body?.revisionId);
    const version = Number(body?.version);
    if (!Number.isInteger(revisionId) || !Number.isInteger(version)) {
      const errors: Record<string, string> = {};
      if (!Number.isInteger(revisionId)) errors.revisionId = msg.required;
      if (!Number.isInteger(version)) errors.version = msg.required;
      fail(400, 'revisionId and version are required', { errors });
    }
    const revision = await tx.db.revisions.get(revisionId);
    if (!revision || revision.articleId !== existing.id) fail(404, `Article ${existing.id} has no revision ${revisionId}`);
    if (version !== existing.version) stale(existing);
    const snapshot = { ...(clean ?? prepareInput(articles, ctx.deps, revision!.snapshot)) };
    for (const key of keptOnRestore) delete snapshot[key];
    // The linked story may have been deleted since; restoring the words must not fail on it.
    if (typeof snapshot.translationOf === 'number' && !(await tx.db.articles.get(snapshot.translationOf))) snapshot.translationOf = null;
    return writeRecord(articles, tx, snapshot, existing);
  });
};
