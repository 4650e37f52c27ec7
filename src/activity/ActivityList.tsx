import { DataTable, List, ReferenceField, SelectField, SelectInput, TextInput } from 'react-admin';
import { activityActions, type Activity } from '../schemas';
import { choicesOf } from '../common/choices';
import { ZonedDateField } from '../common/ZonedDateField';

const actionChoices = choicesOf(activityActions, 'resources.activity.actions');
const filters = [
  <SelectInput key="action" source="action" choices={actionChoices} alwaysOn />,
  <TextInput key="resource" source="resource" alwaysOn />,
];

/** The audit trail: read-only, newest first. */
export const ActivityList = () => (
  <List filters={filters} sort={{ field: 'at', order: 'DESC' }} exporter={false} actions={false}>
    <DataTable<Activity> rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="at" field={ZonedDateField} />
      <DataTable.Col source="userId">
        <ReferenceField source="userId" reference="users" link={false} />
      </DataTable.Col>
      <DataTable.Col source="action">
        <SelectField source="action" choices={actionChoices} />
      </DataTable.Col>
      <DataTable.Col source="resource" />
      <DataTable.Col source="label" />
      <DataTable.Col
        source="changedFields"
        disableSort
        render={(record) => record.changedFields.join(', ')}
      />
    </DataTable>
  </List>
);
