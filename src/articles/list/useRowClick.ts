import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useCanAccess, useDataProvider, type Identifier } from 'react-admin';

/**
 * Editors open the form; roles that may only read open the show page (and get no bulk actions).
 * A row click asks for the article at once, into react-admin's cache under the key the edit and
 * show pages read it by (`useGetOne`: `[resource, 'getOne', { id, meta }]`), so the request
 * travels while the next screen renders rather than after its first render; both pages count
 * it fresh for a moment (clickedRecordFresh), so they do not ask again.
 */
export const useRowClick = () => {
  const { canAccess } = useCanAccess({ resource: 'articles', action: 'edit' });
  const dataProvider = useDataProvider();
  const queryClient = useQueryClient();
  const link = canAccess ? ('edit' as const) : ('show' as const);
  const rowClick = useCallback(
    (id: Identifier) => {
      void queryClient.prefetchQuery({
        queryKey: ['articles', 'getOne', { id: String(id), meta: undefined }],
        queryFn: () => dataProvider.getOne('articles', { id }).then(({ data }) => data),
      });
      return link;
    },
    [dataProvider, queryClient, link],
  );
  return { link, rowClick, canEdit: Boolean(canAccess) };
};
