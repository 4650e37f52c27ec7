import {
  publishChecklist,
  requiresPublishChecklist,
  transitionRefusal,
  workflowMessages,
  type ArticleInput,
  type ArticleStatus,
  type Role,
} from '../../src/schemas';
import type { Db } from '../store/types';
import { fail } from './errors';
import type { FieldErrors } from './validate';

/** The server's English for each refusal key (the UI translates the key in `errors.status`). */
const refusalText: Record<string, string> = {
  [workflowMessages.readOnly]: 'Your role may not change articles',
  [workflowMessages.unpublishAdminOnly]: 'Only an admin may take a published article back to Draft',
  [workflowMessages.archiveAdminOnly]: 'Only an admin may archive an article or bring it back from the archive',
  [workflowMessages.editArchivedAdminOnly]: 'Only an admin may change an archived article',
  [workflowMessages.unpublishFirst]: 'A published article cannot go back to In review or Scheduled: move it to Draft first',
  [workflowMessages.restoreFirst]: 'An archived article must go back to Draft first',
};

export const bodyTooShort = 'nd.workflow.checklist.body_too_short';

/** Refusals that no role could get past are 400; the ones an admin could take are 403. */
const roleBound = new Set<string>([
  workflowMessages.readOnly,
  workflowMessages.unpublishAdminOnly,
  workflowMessages.archiveAdminOnly,
  workflowMessages.editArchivedAdminOnly,
]);

/**
 * The workflow step of a create (from Draft: a new article starts as one) or an update.
 * `errors.status` carries the i18n key, so the form shows it under **Status**.
 */
export const transitionCheck = (role: Role, from: ArticleStatus, to: ArticleStatus): void => {
  const key = transitionRefusal(role, from, to);
  if (key) fail(roleBound.has(key) ? 403 : 400, refusalText[key], { errors: { status: key }, from, to });
};

/**
 * Publishing or scheduling runs the same checklist as the editor's panel, with lookups against
 * the database. Every missing item is listed: `errors` per form field and `missing` (item ids).
 */
export const checklistCheck = async (db: Db, a: ArticleInput): Promise<void> => {
  if (!requiresPublishChecklist(a.status)) return;
  // The checklist's lookups are synchronous: fetch the three records it may ask about first.
  // One after the other: inside a save's transaction they share one connection.
  const credit = a.featuredImage?.photoCreditId;
  const category = a.categoryId === null ? null : await db.categories.get(a.categoryId);
  const author = a.authorId === null ? null : await db.authors.get(a.authorId);
  const photoCredit = credit == null ? null : await db.photoCredits.get(credit);
  const items = publishChecklist(a, {
    hasCategory: (id) => category?.id === id,
    hasAuthor: (id) => author?.id === id,
    hasPhotoCredit: (id) => photoCredit?.id === id,
  });
  const missing = items.filter((i) => !i.ok);
  if (!missing.length) return;
  const errors: FieldErrors = {};
  // A field error carries no interpolation values, so the body gets a message that needs none.
  for (const item of missing) errors[item.field] = item.params ? bodyTooShort : item.message;
  const verb = a.status === 'scheduled' ? 'scheduled' : 'published';
  fail(400, `This article cannot be ${verb} yet: ${missing.map((i) => i.id).join(', ')} missing`, {
    errors,
    missing: missing.map((i) => i.id),
  });
};
