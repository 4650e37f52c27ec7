import { DataTable, List, SearchInput } from 'react-admin';
import type { Tag } from '../schemas';
import { ListActions } from '../common/ListActions';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const TagList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }} actions={<ListActions />}>
    <DataTable<Tag>>
      <DataTable.Col source="name" />
      <DataTable.Col source="slug" />
      <DataTable.NumberCol source="articleCount" />
    </DataTable>
  </List>
);
