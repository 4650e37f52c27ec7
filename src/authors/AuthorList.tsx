import { DataTable, List, SearchInput, SelectField, SelectInput, useCanAccess } from 'react-admin';
import { authorKinds, type Author } from '../schemas';
import { choicesOf } from '../common/choices';
import { ListActions } from '../common/ListActions';
import { useIntlLocale } from '../common/localeFormat';

const kinds = choicesOf(authorKinds, 'resources.authors.kinds');
const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kinds} />,
];

export const AuthorList = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'authors', action: 'edit' });
  const { canAccess: canDelete } = useCanAccess({ resource: 'authors', action: 'delete' });
  const locale = useIntlLocale();
  return (
    <List
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      actions={<ListActions filters />}
    >
      <DataTable<Author>
        rowClick={canEdit ? 'edit' : 'show'}
        bulkActionButtons={canDelete ? undefined : false}
      >
        <DataTable.Col source="name" />
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={kinds} />
        </DataTable.Col>
        <DataTable.Col source="email" />
        <DataTable.NumberCol source="articleCount" locales={locale} />
      </DataTable>
    </List>
  );
};
