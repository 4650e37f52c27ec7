import { BooleanField, DataTable, List, SearchInput, SelectField, SelectInput } from 'react-admin';
import { roles, type User } from '../schemas';
import { choicesOf } from '../common/choices';
import { ListActions } from '../common/ListActions';
import { ZonedDateField } from '../common/ZonedDateField';

const roleChoices = choicesOf(roles, 'resources.users.roles');
const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} />,
];

export const UserList = () => (
  <List filters={filters} sort={{ field: 'name', order: 'ASC' }} actions={<ListActions filters />}>
    <DataTable<User>>
      <DataTable.Col source="name" />
      <DataTable.Col source="email" />
      <DataTable.Col source="role">
        <SelectField source="role" choices={roleChoices} />
      </DataTable.Col>
      <DataTable.Col source="active" field={BooleanField} />
      <DataTable.Col source="lastLoginAt" field={ZonedDateField} />
    </DataTable>
  </List>
);
