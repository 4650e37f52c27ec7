import { CreateButton, FilterButton, TopToolbar, useCanAccess } from 'react-admin';
import { ExportCsvButton } from './ExportCsvButton';

export const ArticleListActions = () => {
  const { canAccess: canExport } = useCanAccess({ resource: 'articles', action: 'export' });
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      {canExport && <ExportCsvButton />}
    </TopToolbar>
  );
};
