import Box from '@mui/material/Box';
import {
  DataTable,
  ReferenceField,
  SelectField,
  TextField,
  useLocale,
  useTranslate,
} from 'react-admin';
import type { Article } from '../../schemas';
import { zoneLabel } from '../../lib/time';
import { dateLocale, newsroomZone } from '../../common/timeZone';
import { CategoryReferenceField } from '../../categories/CategoryName';
import { languageChoices } from '../choices';
import { StatusChip } from '../StatusChip';
import { ArticleTime } from './ArticleTime';
import { ArticleTitle } from './ArticleTitle';
import { BulkActions } from './BulkActions';
import { useBreakingFirst } from './useBreakingFirst';
import { useRowClick } from './useRowClick';

/**
 * The wide list. Category and author cells are ReferenceFields, which react-admin batches
 * into one getMany per page (no request per row). Sorting on category or author groups rows
 * by the referenced record; the REST contract sorts on the article's own fields only.
 */
const titleSx = () => ({ minWidth: 260 });

export const ArticleTable = ({ timeField }: { timeField: 'publishAt' | 'publishedAt' }) => {
  const translate = useTranslate();
  const locale = useLocale();
  const data = useBreakingFirst();
  const { rowClick, canEdit } = useRowClick();
  // The zone is named once, under the header, rather than on every row.
  const timeLabel = (
    <span>
      {translate('resources.articles.list.time_column')}
      <Box
        component="span"
        sx={{ display: 'block', typography: 'caption', color: 'text.secondary' }}
      >
        {zoneLabel(newsroomZone, dateLocale(locale))}
      </Box>
    </span>
  );
  return (
    <DataTable<Article>
      data={data}
      rowClick={rowClick}
      bulkActionButtons={canEdit ? <BulkActions /> : false}
    >
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
      <DataTable.Col source={timeField} label={timeLabel}>
        <ArticleTime />
      </DataTable.Col>
      <DataTable.NumberCol source="views" locales={dateLocale(locale)} />
      <DataTable.NumberCol source="shares" locales={dateLocale(locale)} />
    </DataTable>
  );
};
