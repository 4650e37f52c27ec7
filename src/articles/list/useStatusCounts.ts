import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useListContext } from 'react-admin';
import type { Article, ArticleStatus } from '../../schemas';
import type { NewsdeskDataProvider, StatusCounts } from '../../providers/dataProvider';

/**
 * Every status tab's count under the list's other filters, in one request
 * (`GET /articles/counts`). Asked once the list's first page has arrived, so the rows never
 * wait behind the counts. Keyed under `articles`, so react-admin's refresh refetches it.
 */
export const useStatusCounts = (filter: Record<string, unknown>): StatusCounts | undefined => {
  const dataProvider = useDataProvider<NewsdeskDataProvider>();
  const { isPending } = useListContext();
  const { data } = useQuery({
    queryKey: ['articles', 'getStatusCounts', filter],
    queryFn: () => dataProvider.getStatusCounts(filter),
    enabled: !isPending,
  });
  return data;
};

/** One status's count, or all statuses' (no status: the All tab). */
export const countOf = (counts: StatusCounts | undefined, status?: ArticleStatus) =>
  counts && (status ? counts.counts[status] : counts.total);

/**
 * The list's status filter, its other filters, and the counts of every status under those: the
 * tabs show them, and the current tab's count is the list's total.
 */
export const useListStatusCounts = () => {
  const { filterValues } = useListContext<Article>();
  const { status, ...others } = filterValues as { status?: ArticleStatus } & Record<
    string,
    unknown
  >;
  const counts = useStatusCounts(others);
  return {
    status,
    others,
    counts,
    total: countOf(counts, status),
  };
};
