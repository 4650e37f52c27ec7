import { DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import type { Article } from '../schemas';
import { ListActions } from '../common/ListActions';
import { ZonedDateField } from '../common/ZonedDateField';
import { languageChoices, statusChoices } from './choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={statusChoices} />,
  <SelectInput key="lang" source="lang" choices={languageChoices} />,
];

/** The basic article list; the full list (tabs per status, columns) replaces it later. */
export const ArticleList = () => (
  <List
    filters={filters}
    sort={{ field: 'updatedAt', order: 'DESC' }}
    actions={<ListActions filters />}
  >
    <DataTable<Article>>
      <DataTable.Col source="title" render={(record) => <span dir="auto">{record.title}</span>} />
      <DataTable.Col source="status">
        <SelectField source="status" choices={statusChoices} />
      </DataTable.Col>
      <DataTable.Col source="lang">
        <SelectField source="lang" choices={languageChoices} />
      </DataTable.Col>
      <DataTable.Col source="publishAt" field={ZonedDateField} />
    </DataTable>
  </List>
);
