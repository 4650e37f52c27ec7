import { msg, type Article, type ArticleInput } from '../../src/schemas';
import { sanitizeBody } from '../../src/editor/sanitize';
import { GeneratedBodies } from '../seed/bodies';
import { Counters } from '../db/counters';
import type { Db } from '../db';
import type { StoredArticle } from '../db/types';
import { snapshotOf } from '../db/snapshot';
import { dropArticle } from './articleDelete';
import { audit, refuse, type ResourceDef, type WriteContext } from './endpoint';
import type { FieldErrors } from './validate';
import { checklistCheck, transitionCheck } from './workflowRules';

/** Ids of a section and its subsections (the `section` filter). */
const sectionIds = (db: Db, id: number) => {
  const ids = new Set([id]);
  for (const c of db.categories.rows.values()) if (c.parentId === id) ids.add(c.id);
  return ids;
};

const referenceErrors = (db: Db, a: ArticleInput, selfId: number | undefined): FieldErrors => {
  const errors: FieldErrors = {};
  if (a.categoryId !== null && !db.categories.get(a.categoryId)) errors.categoryId = msg.invalid;
  if (a.authorId !== null && !db.authors.get(a.authorId)) errors.authorId = msg.invalid;
  if (a.tagIds.some((t) => !db.tags.get(t))) errors.tagIds = msg.invalid;
  const credit = a.featuredImage?.photoCreditId;
  if (credit != null && !db.photoCredits.get(credit)) errors['featuredImage.photoCreditId'] = msg.invalid;
  if (a.translationOf !== null && (a.translationOf === selfId || !db.articles.get(a.translationOf))) {
    errors.translationOf = msg.invalid;
  }
  return errors;
};

/** publishedAt is the server's: set when an article becomes published, kept when archived. */
const publishedAtFor = (ctx: WriteContext, status: Article['status'], existing: StoredArticle | undefined) => {
  if (status === 'published') return existing?.status === 'published' && existing.publishedAt ? existing.publishedAt : ctx.now;
  if (status === 'archived') return existing?.publishedAt ?? null;
  return null;
};

export const articlesDef: ResourceDef<StoredArticle, Article> = {
  name: 'articles',
  table: (db) => db.articles,
  defaultSort: ['id', 'DESC'],
  label: (a) => a.title,
  filters: (db) => ({
    q: (value) => {
      const q = String(value ?? '').trim().toLowerCase();
      if (!q) return null;
      const blocks = GeneratedBodies.match(q);
      const body = db.articles.accessor('body');
      return (id) => db.articles.searchTextOf(id).includes(q) || (body(id) === null && db.bodies.matches(id, blocks));
    },
    section: (value) => {
      const ids = sectionIds(db, Number(value));
      const category = db.articles.accessor('categoryId');
      return (id) => ids.has(category(id) as number);
    },
  }),
  write: {
    schema: 'articles',
    versioned: true,
    check: (ctx, input, existing) => {
      const a = input as ArticleInput;
      // A new article starts as a Draft, so creating it as Published is the Draft → Published step.
      const workflow = transitionCheck(ctx.user.role, existing?.status ?? 'draft', a.status);
      if (workflow) return workflow;
      const checklist = checklistCheck(ctx.db, a);
      if (checklist) return checklist;
      const errors = referenceErrors(ctx.db, a, existing?.id);
      if (Object.keys(errors).length) return refuse(400, 'Invalid references', errors);
      const owner = ctx.db.counters.slugs.get(Counters.slugKey(a.lang, a.slug));
      if (owner !== undefined && owner !== existing?.id) {
        return refuse(409, `The slug "${a.slug}" is already used in this language`, { slug: msg.duplicateSlug });
      }
      return null;
    },
    toRow: (ctx, input, existing, id) => {
      const a = input as ArticleInput;
      return {
        ...a,
        id,
        body: sanitizeBody(a.body),
        publishAt: a.publishAt === null ? null : new Date(a.publishAt).toISOString(),
        publishedAt: publishedAtFor(ctx, a.status, existing),
        ...audit(ctx, existing),
        version: (existing?.version ?? 0) + 1,
      };
    },
    save: (ctx, row) => ctx.db.putArticle(row),
    drop: dropArticle,
    after: (ctx, row) => {
      const { db } = ctx;
      db.put(db.revisions, {
        id: db.revisions.nextId, articleId: row.id, version: row.version,
        snapshot: snapshotOf({ ...row, body: db.bodyOf(row) }), createdAt: ctx.now, createdBy: ctx.user.id,
        createdByName: ctx.user.name,
      });
    },
  },
};
