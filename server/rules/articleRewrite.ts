import type { Article } from '../../src/schemas';
import type { ArticleRow, Condition } from '../store/types';
import { logActivity } from './activity';
import type { Ctx } from './context';
import { stale } from './crud';
import { snapshotOf } from './snapshot';

/** The stored fields of an article record (what an update writes back). */
export const rowOf = (a: Article): ArticleRow => {
  const { id: _id, version: _version, views: _views, shares: _shares, ...row } = a;
  return row;
};

/** Stores the revision of a save: the article's input fields at this version. */
export const saveRevision = (ctx: Ctx, a: Article, by: Ctx['user'] | null = ctx.user) =>
  ctx.db.revisions.insert({
    articleId: a.id, version: a.version, snapshot: snapshotOf(a), createdAt: a.updatedAt, createdBy: by?.id ?? null,
    createdByName: by?.name ?? null,
  });

/**
 * Rewrites articles as a side effect of a reference-data change (tag merge, section removal,
 * a deleted translation): each one is a real save, so it bumps `version` (an editor holding the
 * old one gets a 409), stores a revision and appears in the activity log, like a save from the
 * form. Runs inside the caller's transaction. The patch is computed from the article as stored:
 * when a concurrent save moved its version meanwhile, the patch is applied again to the newer
 * version (nobody's words are overwritten: the patch changes only its own fields); an article
 * deleted meanwhile needs no rewrite.
 */
export const rewriteArticles = async (
  ctx: Ctx,
  articles: Article[],
  patch: (a: Article) => Partial<ArticleRow>,
  changedFields: string[],
): Promise<void> => {
  for (const first of articles) {
    let a: Article | null = first;
    for (let attempt = 0; a; attempt++) {
      const row: ArticleRow = { ...rowOf(a), ...patch(a), updatedAt: ctx.now, updatedBy: ctx.user.id };
      const saved = await ctx.db.articles.update(a.id, row, a.version);
      if (saved) {
        await saveRevision(ctx, saved);
        await logActivity(ctx, { action: 'update', resource: 'articles', recordId: saved.id, label: saved.title, changedFields });
        break;
      }
      if (attempt >= 3) stale(await ctx.db.articles.get(a.id));
      a = await ctx.db.articles.get(a.id);
    }
  }
};

/** Every article matching the conditions, in id order. */
export const articlesWhere = async (ctx: Ctx, where: Condition[]): Promise<Article[]> =>
  (await ctx.db.articles.list({ where, sort: [['id', 'ASC']], range: null })).rows;
