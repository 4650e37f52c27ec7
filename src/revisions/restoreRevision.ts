import type { Article } from '../schemas';
import { apiUrl } from '../providers/config';
import { httpClient } from '../providers/httpClient';

/**
 * `POST /articles/:id/restore {revisionId, version}` (a contract addition; ra-data-simple-rest
 * has no such call). Answers the saved article; 409 when `version` is stale.
 */
export const restoreRevision = async (articleId: number, revisionId: number, version: number): Promise<Article> => {
  const { json } = await httpClient(`${apiUrl}/articles/${articleId}/restore`, {
    method: 'POST',
    body: JSON.stringify({ revisionId, version }),
  });
  return json as Article;
};
