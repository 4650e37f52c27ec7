import Box from '@mui/material/Box';
import { DataTable, ReferenceField, SelectField, TextField, useTranslate } from 'react-admin';
import type { Article } from '../../schemas';
import { zoneLabel } from '../../lib/time';
import { useNewsroomZone } from '../../common/timeZone';
import { useIntlLocale } from '../../common/localeFormat';
import { CategoryReferenceField } from '../../categories/CategoryName';
import { languageChoices } from '../choices';
import { StatusChip } from '../StatusChip';
import { ArticleTime } from './ArticleTime';
import { ArticleTitle } from './ArticleTitle';
import { BulkActions } from './BulkActions';
import { useRowClick } from './useRowClick';

const titleSx = () => ({ minWidth: 260 });

/** The time column's header, naming the zone once rather than on every row; follows the setting. */
const TimeHeader = () => {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const zone = useNewsroomZone();
  return (
    <span>
      {translate('resources.articles.list.time_column')}
      <Box
        component="span"
        sx={{ display: 'block', typography: 'caption', color: 'text.secondary' }}
      >
        {zoneLabel(zone, locale)}
      </Box>
    </span>
  );
};

/**
 * The wide list. Category and author cells are ReferenceFields, which react-admin batches
 * into one getMany per page (no request per row). Sorting on category or author groups rows
 * by the referenced record; the REST contract sorts on the article's own fields only.
 */
export const ArticleTable = ({ timeField }: { timeField: 'publishAt' | 'publishedAt' }) => {
  const locale = useIntlLocale();
  const { rowClick, canEdit } = useRowClick();
  return (
    <DataTable<Article> rowClick={rowClick} bulkActionButtons={canEdit ? <BulkActions /> : false}>
      <DataTable.Col source="title" cellSx={titleSx}>
        <ArticleTitle />
      </DataTable.Col>
      <DataTable.Col source="status">
        <StatusChip />
      </DataTable.Col>
      <DataTable.Col source="categoryId">
        <CategoryReferenceField source="categoryId" />
      </DataTable.Col>
      <DataTable.Col source="authorId">
        <ReferenceField source="authorId" reference="authors" link={false}>
          <TextField source="name" />
        </ReferenceField>
      </DataTable.Col>
      <DataTable.Col source="lang">
        <SelectField source="lang" choices={languageChoices} />
      </DataTable.Col>
      <DataTable.Col source={timeField} label={<TimeHeader />}>
        <ArticleTime />
      </DataTable.Col>
      <DataTable.NumberCol source="views" locales={locale} />
      <DataTable.NumberCol source="shares" locales={locale} />
    </DataTable>
  );
};
