import { articlesWhere, rewriteArticles } from './articleRewrite';
import type { WriteContext } from './endpoint';

/**
 * Removes an article the way a newsroom database with foreign keys would: its revisions and
 * reviewed spikes go with it (they describe only this article), while a translation is another
 * story in its own right, so it stays and loses its link — a real save (version, revision,
 * activity), so an editor who has it open is told it changed.
 */
export const dropArticle = (ctx: WriteContext, id: number): void => {
  const { db } = ctx;
  db.removeArticle(id);
  for (const r of [...db.revisions.rows.values()]) if (r.articleId === id) db.remove(db.revisions, r.id);
  for (const r of [...db.reviews.rows.values()]) if (r.articleId === id) db.remove(db.reviews, r.id);
  const translations = articlesWhere(ctx, (a) => a.translationOf === id);
  rewriteArticles(ctx, translations, () => ({ translationOf: null }), ['translationOf']);
};
