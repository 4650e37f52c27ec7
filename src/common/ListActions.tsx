import {
  CreateButton,
  ExportButton,
  FilterButton,
  TopToolbar,
  useCanAccess,
  useResourceContext,
} from 'react-admin';

/** The list toolbar; Export is shown only where the role table grants `export`. */
export const ListActions = ({ filters = false }: { filters?: boolean }) => {
  const resource = useResourceContext();
  const { canAccess: canExport } = useCanAccess({ resource, action: 'export' });
  return (
    <TopToolbar>
      {filters && <FilterButton />}
      <CreateButton />
      {canExport && <ExportButton />}
    </TopToolbar>
  );
};
