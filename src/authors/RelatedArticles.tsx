import Typography from '@mui/material/Typography';
import { DataTable, Pagination, ReferenceManyField, SelectField, useTranslate } from 'react-admin';
import { articleStatuses, type Article } from '../schemas';
import { choicesOf } from '../common/choices';
import { ZonedDateField } from '../common/ZonedDateField';

const statusChoices = choicesOf(articleStatuses, 'resources.articles.statuses');

/**
 * Articles of the record in context, newest first, paged by the server: by author
 * (`authorId`) or by photo credit (`featuredImage.photoCreditId`).
 */
export const RelatedArticles = ({ target, title }: { target: string; title: string }) => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1, px: 2 }}>
        {translate(title)}
      </Typography>
      <ReferenceManyField<Article>
        reference="articles"
        target={target}
        sort={{ field: 'updatedAt', order: 'DESC' }}
        perPage={10}
        pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
        empty={<Typography sx={{ px: 2, pb: 2 }}>{translate('resources.authors.no_articles')}</Typography>}
      >
        <DataTable<Article> bulkActionButtons={false} rowClick="edit">
          <DataTable.Col source="title" label="resources.articles.fields.title" />
          <DataTable.Col source="status" label="resources.articles.fields.status">
            <SelectField source="status" choices={statusChoices} />
          </DataTable.Col>
          <DataTable.Col source="updatedAt" label="resources.authors.updated" field={ZonedDateField} />
        </DataTable>
      </ReferenceManyField>
    </>
  );
};
