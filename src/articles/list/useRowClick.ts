import { useCanAccess } from 'react-admin';

/** Editors open the form; roles that may only read open the show page (and get no bulk actions). */
export const useRowClick = () => {
  const { canAccess } = useCanAccess({ resource: 'articles', action: 'edit' });
  return {
    rowClick: canAccess ? ('edit' as const) : ('show' as const),
    canEdit: Boolean(canAccess),
  };
};
