import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useListContext } from 'react-admin';
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
