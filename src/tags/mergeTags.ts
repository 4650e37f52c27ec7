import { apiUrl } from '../providers/config';
import { httpClient } from '../providers/httpClient';

export interface MergeResult {
  changedArticles: number;
  removedTagIds: number[];
}

/** `POST /tags/merge {keepId, mergeIds}`: one request, so a merge happens whole or not at all. */
export const mergeTags = async (keepId: number, mergeIds: number[]): Promise<MergeResult> => {
  const { json } = await httpClient(`${apiUrl}/tags/merge`, {
    method: 'POST',
    body: JSON.stringify({ keepId, mergeIds }),
  });
  return json as MergeResult;
};
