import { http } from 'msw';
import { msg } from '../../src/schemas';
import { nowIso } from '../clock';
import { getDb } from '../db';
import { articlesDef } from './articles';
import { writeRecord } from './crud';
import { fail, readBody } from './http';
import { authorize } from './session';

/** Workflow fields a restore leaves alone: bringing back old words must not (un)publish. */
const keptOnRestore = ['status', 'publishAt'] as const;

/**
 * `POST /api/articles/:id/restore {revisionId, version}`: saves a revision's snapshot as the
 * article's next version (itself a revision), through the same rules as any save. `version` is
 * the version the editor was looking at; a stale one answers 409 with the current record.
 */
export const restoreHandler = http.post('*/api/articles/:id/restore', async ({ request, params }) => {
  const who = authorize(request, 'articles', 'edit');
  if (who instanceof Response) return who;
  const db = getDb();
  const existing = db.articles.get(Number(params.id));
  if (!existing) return fail(404, `No articles record with id ${String(params.id)}`);
  const body = await readBody(request);
  const revisionId = Number(body?.revisionId);
  const version = Number(body?.version);
  if (!Number.isInteger(revisionId) || !Number.isInteger(version)) {
    const errors: Record<string, string> = {};
    if (!Number.isInteger(revisionId)) errors.revisionId = msg.required;
    if (!Number.isInteger(version)) errors.version = msg.required;
    return fail(400, 'revisionId and version are required', { errors });
  }
  const revision = db.revisions.get(revisionId);
  if (!revision || revision.articleId !== existing.id) {
    return fail(404, `Article ${existing.id} has no revision ${revisionId}`);
  }
  if (version !== existing.version) {
    return fail(409, 'This record was changed by someone else since you opened it', {
      errors: { version: 'nd.validation.stale' },
      record: db.articles.materialize(existing),
    });
  }
  const snapshot: Record<string, unknown> = { ...revision.snapshot };
  for (const key of keptOnRestore) delete snapshot[key];
  // The linked story may have been deleted since (dropArticle); restoring the words must not fail on it.
  if (typeof snapshot.translationOf === 'number' && !db.articles.get(snapshot.translationOf)) snapshot.translationOf = null;
  return writeRecord(articlesDef, { db, user: who.user, now: nowIso() }, snapshot, existing);
});
