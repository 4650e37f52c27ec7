import { DataTable, List, SearchInput } from 'react-admin';
import type { Category } from '../schemas';
import { BilingualField } from '../common/BilingualField';
import { ListActions } from '../common/ListActions';
import { uiLocale } from '../common/uiLocale';
import { CategoryReferenceField } from './CategoryName';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const CategoryList = () => (
  <List filters={filters} sort={{ field: 'position', order: 'ASC' }} actions={<ListActions />}>
    <DataTable<Category>>
      {/* Sorted on the name in the UI language; shown in it, falling back to the other one. */}
      <DataTable.Col source={`name.${uiLocale()}`} label="resources.categories.fields.name">
        <BilingualField source="name" />
      </DataTable.Col>
      <DataTable.Col source="slug" />
      <DataTable.Col source="parentId">
        <CategoryReferenceField source="parentId" />
      </DataTable.Col>
      <DataTable.NumberCol source="position" />
      <DataTable.NumberCol source="articleCount" />
    </DataTable>
  </List>
);
