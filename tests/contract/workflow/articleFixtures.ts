import type { Article, ArticleStatus } from '../../../src/schemas';
import { rowOf } from '../../../server/rules/articleRewrite';
import { NOW, store } from '../backend';

export const HOUR = 3_600_000;
export const inHours = (h: number) => new Date(NOW + h * HOUR).toISOString();

/** A body long enough for the publish checklist (50 words). */
export const longBody = `<p>${'Basra port workers loaded the first tanker before dawn on Tuesday. '.repeat(6)}</p>`;

/**
 * A complete article (title, summary, long body, category, author) put straight into the
 * store in `status`, so a test can start from any point of the workflow.
 */
export const articleIn = async (status: ArticleStatus, id = 7): Promise<Article> => {
  const { db } = store();
  const a = await db.articles.get(id);
  if (!a) throw new Error(`seed has no article ${id}`);
  const row = {
    ...rowOf(a), status, body: longBody, summary: 'A summary.', categoryId: 9, authorId: 3, featuredImage: null,
    publishAt: status === 'scheduled' ? inHours(2) : null,
    publishedAt: status === 'published' || status === 'archived' ? inHours(-30) : null,
  };
  return (await db.articles.update(id, row, a.version))!;
};
