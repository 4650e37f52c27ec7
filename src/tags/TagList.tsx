import { DataTable, List, SearchInput, useCanAccess } from 'react-admin';
import type { Tag } from '../schemas';
import { ListActions } from '../common/ListActions';
import { useIntlLocale } from '../common/localeFormat';
import { DeleteUnusedTagsButton } from './DeleteUnusedTagsButton';
import { MergeTagsButton } from './MergeTagsButton';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

const BulkActions = () => (
  <>
    <MergeTagsButton />
    <DeleteUnusedTagsButton />
  </>
);

export const TagList = () => {
  // No selection column at all for roles that can neither merge nor delete.
  const { canAccess: canBulk } = useCanAccess({ resource: 'tags', action: 'delete' });
  const { canAccess: canEdit } = useCanAccess({ resource: 'tags', action: 'edit' });
  const locale = useIntlLocale();
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} actions={<ListActions />}>
      <DataTable<Tag> bulkActionButtons={canBulk ? <BulkActions /> : false} rowClick={canEdit ? 'edit' : false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="slug" />
        <DataTable.NumberCol source="articleCount" locales={locale} />
      </DataTable>
    </List>
  );
};
