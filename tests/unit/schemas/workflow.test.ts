import { articleStatuses, roles, type ArticleStatus } from '../../../src/schemas';
import * as wf from '../../../src/schemas/workflow';
import { requiresPublishChecklist, workflowMessages } from '../../../src/schemas/workflow';

const { readOnly, unpublishAdminOnly, archiveAdminOnly, unpublishFirst, restoreFirst } =
  workflowMessages;

describe('editor', () => {
  it.each<[ArticleStatus, ArticleStatus[]]>([
    ['draft', ['draft', 'in_review', 'scheduled', 'published']],
    ['in_review', ['draft', 'in_review', 'scheduled', 'published']],
    ['scheduled', ['draft', 'in_review', 'scheduled', 'published']],
    ['published', ['published']],
    ['archived', []],
  ])('from %s may choose %j', (from, to) => {
    expect(wf.allowedTransitions('editor', from)).toEqual(to);
  });

  it('submits for review, schedules, reschedules and publishes now', () => {
    expect(wf.canTransition('editor', 'draft', 'in_review')).toBe(true);
    expect(wf.canTransition('editor', 'in_review', 'scheduled')).toBe(true);
    expect(wf.canTransition('editor', 'scheduled', 'scheduled')).toBe(true);
    expect(wf.canTransition('editor', 'scheduled', 'published')).toBe(true);
  });

  it('may publish breaking news straight from a draft', () => {
    expect(wf.canTransition('editor', 'draft', 'published')).toBe(true);
  });

  it('may correct a live article without taking it down', () => {
    expect(wf.canEditInStatus('editor', 'published')).toBe(true);
  });

  it('is told that unpublishing and archiving are for admins', () => {
    expect(wf.transitionRefusal('editor', 'published', 'draft')).toBe(unpublishAdminOnly);
    expect(wf.transitionRefusal('editor', 'published', 'archived')).toBe(archiveAdminOnly);
    expect(wf.transitionRefusal('editor', 'draft', 'archived')).toBe(archiveAdminOnly);
    expect(wf.transitionRefusal('editor', 'archived', 'draft')).toBe(archiveAdminOnly);
    expect(wf.canEditInStatus('editor', 'archived')).toBe(false);
  });

  it('is told that editing an archived article is for admins, not that it would archive it', () => {
    expect(wf.transitionRefusal('editor', 'archived', 'archived')).toBe(workflowMessages.editArchivedAdminOnly);
    expect(wf.transitionRefusal('admin', 'archived', 'archived')).toBeNull();
  });
});

describe('admin', () => {
  it.each<[ArticleStatus, ArticleStatus[]]>([
    ['draft', ['draft', 'in_review', 'scheduled', 'published', 'archived']],
    ['in_review', ['draft', 'in_review', 'scheduled', 'published', 'archived']],
    ['scheduled', ['draft', 'in_review', 'scheduled', 'published', 'archived']],
    ['published', ['draft', 'published', 'archived']],
    ['archived', ['draft', 'archived']],
  ])('from %s may choose %j', (from, to) => {
    expect(wf.allowedTransitions('admin', from)).toEqual(to);
  });

  it('unpublishes, archives and restores', () => {
    expect(wf.canTransition('admin', 'published', 'draft')).toBe(true);
    expect(wf.canTransition('admin', 'published', 'archived')).toBe(true);
    expect(wf.canTransition('admin', 'archived', 'draft')).toBe(true);
  });
});

describe('moderator', () => {
  it('changes nothing, in any status', () => {
    for (const from of articleStatuses) {
      expect(wf.allowedTransitions('moderator', from)).toEqual([]);
      expect(wf.canEditInStatus('moderator', from)).toBe(false);
      for (const to of articleStatuses) {
        expect(wf.transitionRefusal('moderator', from, to)).toBe(readOnly);
      }
    }
  });

  it('is the same for a signed-out visitor', () => {
    expect(wf.allowedTransitions(undefined, 'draft')).toEqual([]);
    expect(wf.transitionRefusal(undefined, 'draft', 'in_review')).toBe(readOnly);
  });
});

describe('changes outside the workflow, for every role that edits', () => {
  it.each(['admin', 'editor'] as const)(
    '%s: a published article goes through Draft first',
    (role) => {
      expect(wf.transitionRefusal(role, 'published', 'in_review')).toBe(unpublishFirst);
      expect(wf.transitionRefusal(role, 'published', 'scheduled')).toBe(unpublishFirst);
    },
  );

  it.each(['admin', 'editor'] as const)('%s: an archived article is restored first', (role) => {
    for (const to of ['in_review', 'scheduled', 'published'] as const) {
      expect(wf.transitionRefusal(role, 'archived', to)).toBe(restoreFirst);
    }
  });
});

describe('consistency', () => {
  it('allowedTransitions, canTransition and transitionRefusal agree everywhere', () => {
    for (const role of roles) {
      for (const from of articleStatuses) {
        for (const to of articleStatuses) {
          const allowed = wf.canTransition(role, from, to);
          expect(wf.allowedTransitions(role, from).includes(to)).toBe(allowed);
          expect(wf.transitionRefusal(role, from, to) === null).toBe(allowed);
        }
      }
    }
  });

  it('an editor may do nothing an admin may not', () => {
    for (const from of articleStatuses) {
      for (const to of wf.allowedTransitions('editor', from)) {
        expect(wf.canTransition('admin', from, to)).toBe(true);
      }
    }
  });

  it('every refusal is a message key of the workflow catalog section', () => {
    for (const key of Object.values(workflowMessages)) expect(key).toMatch(/^nd\.workflow\./);
  });

  it('asks for the checklist only when the article goes on the site', () => {
    expect(articleStatuses.filter(requiresPublishChecklist)).toEqual(['scheduled', 'published']);
  });
});
