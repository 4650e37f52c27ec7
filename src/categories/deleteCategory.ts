import { apiUrl } from '../providers/config';
import { httpClient } from '../providers/httpClient';

/**
 * `DELETE /categories/:id?moveArticlesTo=ID`: ra-data-simple-rest's delete cannot send the
 * query, so this one request (articles moved and section removed together) goes directly.
 */
export const deleteCategoryMovingArticles = (id: number, moveArticlesTo: number) =>
  httpClient(`${apiUrl}/categories/${id}?moveArticlesTo=${moveArticlesTo}`, { method: 'DELETE' });
