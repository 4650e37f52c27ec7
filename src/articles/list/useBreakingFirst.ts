import { useMemo } from 'react';
import { useGetList, useListContext } from 'react-admin';
import type { Article } from '../../schemas';

export const PINNED_BREAKING = 5;

/**
 * Breaking stories lead the first page. The REST contract sorts on one field, so rather than
 * a two-key sort the list asks the server for the first breaking articles matching the same
 * filters and sort, and shows them above the page's rows (without repeating them there).
 */
export const useBreakingFirst = (): Article[] | undefined => {
  const { data, page, filterValues, sort } = useListContext<Article>();
  const pin = page === 1 && filterValues.isBreaking === undefined && sort.field !== 'isBreaking';
  const { data: breaking } = useGetList<Article>(
    'articles',
    {
      pagination: { page: 1, perPage: PINNED_BREAKING },
      sort,
      filter: { ...filterValues, isBreaking: true },
    },
    { enabled: pin },
  );
  return useMemo(() => {
    if (!pin || !breaking?.length || !data) return data;
    const pinned = new Set(breaking.map((a) => a.id));
    return [...breaking, ...data.filter((a) => !pinned.has(a.id))];
  }, [pin, breaking, data]);
};
