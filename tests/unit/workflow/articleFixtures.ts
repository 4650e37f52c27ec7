import type { Article, ArticleStatus } from '../../../src/schemas';
import { getDb } from '../../../mocks/node';
import { NOW } from '../mocks/backend';

export const HOUR = 3_600_000;
export const inHours = (h: number) => new Date(NOW + h * HOUR).toISOString();

/** A body long enough for the publish checklist (50 words). */
export const longBody = `<p>${'Basra port workers loaded the first tanker before dawn on Tuesday. '.repeat(6)}</p>`;

/**
 * A complete article (title, summary, long body, category, author) put straight into the
 * database in `status`, so a test can start from any point of the workflow.
 */
export const articleIn = (status: ArticleStatus, id = 7): Article => {
  const db = getDb();
  const row = db.articles.get(id);
  if (!row) throw new Error(`seed has no article ${id}`);
  db.putArticle({
    ...row, status, body: longBody, summary: 'A summary.', categoryId: 9, authorId: 3, featuredImage: null,
    publishAt: status === 'scheduled' ? inHours(2) : null,
    publishedAt: status === 'published' || status === 'archived' ? inHours(-30) : null,
  });
  return db.articles.materialize(db.articles.get(id)!);
};
