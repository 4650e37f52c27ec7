import { msg, type Article, type ArticleInput } from '../../../src/schemas';
import type { ArticleRow, Db } from '../../store/types';
import { articlesWhere, rewriteArticles, saveRevision } from '../articleRewrite';
import { audit } from '../audit';
import type { Ctx } from '../context';
import { fail } from '../errors';
import { defineResource } from '../resource';
import type { FieldErrors } from '../validate';
import { checklistCheck, transitionCheck } from '../workflow';

/** Ids of a section and its subsections (the `section` filter). */
export const sectionIds = async (db: Db, id: number): Promise<number[]> => {
  const children = await db.categories.list({ where: [{ field: 'parentId', op: 'in', values: [id] }], sort: [['id', 'ASC']], range: null });
  return [id, ...children.rows.map((c) => c.id)];
};

/**
 * Every reference that does not exist, by field (the database would name only the first). The
 * lookups run one after the other: inside a save's transaction they share one connection, where
 * queries sent together only queue (pg 8 warns that version 9 refuses them).
 */
const referenceErrors = async (db: Db, a: ArticleInput, selfId: number | undefined): Promise<FieldErrors> => {
  const errors: FieldErrors = {};
  const credit = a.featuredImage?.photoCreditId;
  const category = a.categoryId === null ? true : await db.categories.get(a.categoryId);
  const author = a.authorId === null ? true : await db.authors.get(a.authorId);
  const photoCredit = credit == null ? true : await db.photoCredits.get(credit);
  const translated = a.translationOf === null ? true : a.translationOf === selfId ? null : await db.articles.get(a.translationOf);
  const tags = a.tagIds.length
    ? await db.tags.list({ where: [{ field: 'id', op: 'in', values: a.tagIds }], sort: [['id', 'ASC']], range: null })
    : null;
  if (!category) errors.categoryId = msg.invalid;
  if (!author) errors.authorId = msg.invalid;
  if (tags && tags.total !== new Set(a.tagIds).size) errors.tagIds = msg.invalid;
  if (!photoCredit) errors['featuredImage.photoCreditId'] = msg.invalid;
  if (!translated) errors.translationOf = msg.invalid;
  return errors;
};

/** publishedAt is the server's: set when an article becomes published, kept when archived. */
const publishedAtFor = (ctx: Ctx, status: Article['status'], existing: Article | undefined) => {
  if (status === 'published') return existing?.status === 'published' && existing.publishedAt ? existing.publishedAt : ctx.now;
  if (status === 'archived') return existing?.publishedAt ?? null;
  return null;
};

export const articles = defineResource<Article, ArticleRow>({
  name: 'articles',
  collection: (db) => db.articles,
  defaultSort: ['id', 'DESC'],
  label: (a) => a.title,
  customFilters: {
    section: async (ctx, value) => {
      const id = Number(value);
      if (!Number.isInteger(id)) fail(400, 'section must be a section id', { errors: { section: msg.invalid } });
      return [{ field: 'categoryId', op: 'in', values: await sectionIds(ctx.db, id) }];
    },
  },
  write: {
    schema: 'articles',
    slugSource: (body) => body.title,
    conflicts: { slug: msg.duplicateSlug },
    check: async (ctx, input, existing) => {
      const a = input as ArticleInput;
      // A new article starts as a Draft, so creating it as Published is the Draft → Published step.
      transitionCheck(ctx.user.role, existing?.status ?? 'draft', a.status);
      await checklistCheck(ctx.db, a);
      const errors = await referenceErrors(ctx.db, a, existing?.id);
      if (Object.keys(errors).length) fail(400, 'Invalid references', { errors });
    },
    prepare: (deps, body) => (typeof body.body === 'string' ? { ...body, body: deps.sanitize(body.body) } : body),
    toRow: (ctx, input, existing) => {
      const a = input as ArticleInput;
      return {
        ...a,
        publishAt: a.publishAt === null ? null : new Date(a.publishAt).toISOString(),
        publishedAt: publishedAtFor(ctx, a.status, existing),
        ...audit(ctx, existing),
      };
    },
    /**
     * A translation is another story in its own right: it stays and loses its link, as a real
     * save (version, revision, activity), so an editor who has it open is told it changed.
     * Revisions and reviewed spikes go with the article (the store cascades them).
     */
    beforeDelete: async (ctx, a) => {
      const translations = await articlesWhere(ctx, [{ field: 'translationOf', op: 'in', values: [a.id] }]);
      await rewriteArticles(ctx, translations, () => ({ translationOf: null }), ['translationOf']);
    },
    after: async (ctx, record) => {
      await saveRevision(ctx, record);
    },
  },
});
