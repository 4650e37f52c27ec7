import { useMemo } from 'react';
import { ListPaginationContext, Pagination, useListPaginationContext } from 'react-admin';
import { useListStatusCounts } from './useStatusCounts';

/**
 * react-admin's pagination. A search's page comes without its total (`meta.uncountedSearch`):
 * the total is then the current tab's count, which the status tabs ask for anyway. Until it
 * arrives the pagination pages without one ("1-25 of more than 25"), as react-admin does.
 */
export const ArticlePagination = () => {
  const pagination = useListPaginationContext();
  const { total: counted } = useListStatusCounts();
  const total = pagination.total ?? counted;
  const value = useMemo(() => ({ ...pagination, total }), [pagination, total]);
  return (
    <ListPaginationContext.Provider value={value}>
      <Pagination />
    </ListPaginationContext.Provider>
  );
};
