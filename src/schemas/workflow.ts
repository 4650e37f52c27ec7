import { articleStatuses, type ArticleStatus } from './enums';
import type { Role } from './user';

/**
 * The editorial workflow: which status changes each role may make. The server refuses the
 * others (403 with `transitionRefusal`'s message) and the UI offers only `allowedTransitions`.
 *
 * | from \ to  | draft   | in_review | scheduled | published | archived |
 * |------------|---------|-----------|-----------|-----------|----------|
 * | draft      | E A (=) | E A       | E A       | E A       | A        |
 * | in_review  | E A     | E A (=)   | E A       | E A       | A        |
 * | scheduled  | E A     | E A       | E A (=)   | E A       | A        |
 * | published  | A       | —         | —         | E A (=)   | A        |
 * | archived   | A       | —         | —         | —         | A (=)    |
 *
 * E = editor, A = admin; (=) keeping the status while editing other fields; — never (restore
 * or unpublish to Draft first). Moderators change nothing.
 *
 * Why:
 * - Editors may publish (DESIGN.md's role table), so In review is a courtesy step to ask a
 *   colleague, not a gate: nothing records who reviewed, so a gate could not be enforced. A
 *   draft may go straight to Scheduled or Published (breaking news cannot wait).
 * - scheduled → scheduled is a reschedule; scheduled → published is "publish now".
 * - Taking a live story down (published → draft, "unpublish") breaks shared links and is a
 *   corrections-policy decision, so it is the admin's. So is archiving and restoring: archiving
 *   is the newsroom's soft delete, and editors have no delete.
 * - A published story keeps its publish time, so it never goes back to In review or
 *   Scheduled directly; an archived one returns through Draft.
 */

export type Transition = readonly [from: ArticleStatus, to: ArticleStatus];

/** Edges of the workflow graph, for any role. */
const graph: Record<ArticleStatus, readonly ArticleStatus[]> = {
  draft: ['draft', 'in_review', 'scheduled', 'published', 'archived'],
  in_review: ['draft', 'in_review', 'scheduled', 'published', 'archived'],
  scheduled: ['draft', 'in_review', 'scheduled', 'published', 'archived'],
  published: ['draft', 'published', 'archived'],
  archived: ['draft', 'archived'],
};

/** Edges only an admin may take. */
const adminOnly = (from: ArticleStatus, to: ArticleStatus): boolean =>
  from === 'archived' || to === 'archived' || (from === 'published' && to === 'draft');

/** The i18n keys of the workflow's messages (catalog section `nd.workflow`). */
export const workflowMessages = {
  readOnly: 'nd.workflow.refused.read_only',
  unpublishAdminOnly: 'nd.workflow.refused.unpublish_admin_only',
  archiveAdminOnly: 'nd.workflow.refused.archive_admin_only',
  editArchivedAdminOnly: 'nd.workflow.refused.edit_archived_admin_only',
  unpublishFirst: 'nd.workflow.refused.unpublish_first',
  restoreFirst: 'nd.workflow.refused.restore_first',
} as const;

export const canTransition = (
  role: Role | undefined,
  from: ArticleStatus,
  to: ArticleStatus,
): boolean => transitionRefusal(role, from, to) === null;

/**
 * The statuses an article in `from` may be given, in workflow order, including `from` itself
 * when the role may edit the article without changing its status. Empty for moderators.
 */
export const allowedTransitions = (role: Role | undefined, from: ArticleStatus): ArticleStatus[] =>
  articleStatuses.filter((to) => canTransition(role, from, to));

/** True when the role may save changes to an article in this status. */
export const canEditInStatus = (role: Role | undefined, status: ArticleStatus): boolean =>
  canTransition(role, status, status);

/**
 * Why a status change is refused, as an i18n key, or null when it is allowed. A missing role
 * (signed out) reads as read-only.
 */
export const transitionRefusal = (
  role: Role | undefined,
  from: ArticleStatus,
  to: ArticleStatus,
): string | null => {
  if (role !== 'admin' && role !== 'editor') return workflowMessages.readOnly;
  if (!graph[from].includes(to)) {
    return from === 'archived' ? workflowMessages.restoreFirst : workflowMessages.unpublishFirst;
  }
  if (role === 'editor' && adminOnly(from, to)) {
    if (from === 'published' && to === 'draft') return workflowMessages.unpublishAdminOnly;
    // Saving an archived article as it stands changes no status: it is an edit, not archiving.
    if (from === 'archived' && to === 'archived') return workflowMessages.editArchivedAdminOnly;
    return workflowMessages.archiveAdminOnly;
  }
  return null;
};

/** Statuses that put an article on the site (now or at `publishAt`): the checklist must pass. */
export const requiresPublishChecklist = (to: ArticleStatus): boolean =>
  to === 'scheduled' || to === 'published';

export {
  CHECKLIST_MIN_BODY_WORDS,
  checklistMessages,
  isReadyToPublish,
  publishChecklist,
  type ChecklistArticle,
  type ChecklistItem,
  type ChecklistItemId,
  type ChecklistLookups,
} from '../lib/publishChecklist';
