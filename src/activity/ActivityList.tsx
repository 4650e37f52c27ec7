import {
  AutocompleteInput,
  DataTable,
  List,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  SelectField,
  SelectInput,
} from 'react-admin';
import { activityActions, type Activity } from '../schemas';
import { choicesOf } from '../common/choices';
import { ZonedDateField } from '../common/ZonedDateField';
import { ZonedDayInput } from '../common/ZonedDayInput';
import { ChangedFields } from './ChangedFields';
import { RecordLink } from './RecordLink';
import { ResourceFilter, ResourceName } from './resourceNames';
import { ActivityActions } from './ActivityActions';

const actionChoices = choicesOf(activityActions, 'resources.activity.actions');

const filters = [
  <ReferenceInput key="userId" source="userId" reference="users" alwaysOn>
    <AutocompleteInput label="resources.activity.fields.userId" />
  </ReferenceInput>,
  <ResourceFilter key="resource" source="resource" alwaysOn />,
  <ZonedDayInput key="at_gte" source="at_gte" label="resources.activity.filters.from" alwaysOn />,
  <ZonedDayInput key="at_lte" source="at_lte" label="resources.activity.filters.to" end alwaysOn />,
  <SelectInput key="action" source="action" choices={actionChoices} />,
  <NumberInput key="recordId" source="recordId" />,
];

/** The audit trail (admins): read-only, newest first; a record's page opens it filtered on itself. */
export const ActivityList = () => (
  <List
    filters={filters}
    actions={<ActivityActions />}
    sort={{ field: 'at', order: 'DESC' }}
    exporter={false}
  >
    <DataTable<Activity> rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="at" field={ZonedDateField} />
      <DataTable.Col source="userId">
        <ReferenceField source="userId" reference="users" link={false} />
      </DataTable.Col>
      <DataTable.Col source="action">
        <SelectField source="action" choices={actionChoices} />
      </DataTable.Col>
      <DataTable.Col source="resource">
        <ResourceName />
      </DataTable.Col>
      <DataTable.Col source="label" label="resources.activity.fields.recordId" disableSort>
        <RecordLink />
      </DataTable.Col>
      <DataTable.Col source="changedFields" disableSort>
        <ChangedFields />
      </DataTable.Col>
    </DataTable>
  </List>
);
