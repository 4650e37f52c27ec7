import { DataTable, List, SelectField, useTranslate } from 'react-admin';
import Typography from '@mui/material/Typography';
import type { Article } from '../schemas';
import { ZonedDateField } from '../common/ZonedDateField';
import { languageChoices } from '../articles/choices';
import { CategoryReferenceField } from '../categories/CategoryName';

const Empty = () => {
  const translate = useTranslate();
  return <Typography sx={{ p: 2 }}>{translate('nd.schedule.empty')}</Typography>;
};

/** Scheduled articles, soonest first (a calendar view comes later). Own store key, so its
 * sort and page do not leak into the article list's. */
export const ScheduleList = () => (
  <List
    resource="articles"
    storeKey="schedule"
    title="nd.schedule.title"
    filter={{ status: 'scheduled' }}
    sort={{ field: 'publishAt', order: 'ASC' }}
    actions={false}
    empty={<Empty />}
  >
    <DataTable<Article> bulkActionButtons={false}>
      <DataTable.Col source="publishAt" field={ZonedDateField} />
      <DataTable.Col source="title" render={(record) => <span dir="auto">{record.title}</span>} />
      <DataTable.Col source="lang">
        <SelectField source="lang" choices={languageChoices} />
      </DataTable.Col>
      <DataTable.Col source="categoryId">
        <CategoryReferenceField source="categoryId" />
      </DataTable.Col>
    </DataTable>
  </List>
);
