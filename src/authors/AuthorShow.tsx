import Box from '@mui/material/Box';
import { EditButton, SelectField, SimpleShowLayout, Show, TextField, TopToolbar, UrlField } from 'react-admin';
import { authorKinds } from '../schemas';
import { choicesOf } from '../common/choices';
import { RecordActivityButton } from '../activity/RecordActivityButton';
import { RelatedArticles } from './RelatedArticles';

/** The author's page for roles that may not edit it (and a read view for everyone). */
export const AuthorShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
        <RecordActivityButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="kind" choices={choicesOf(authorKinds, 'resources.authors.kinds')} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
        <TextField source="bio.en" lang="en" dir="ltr" />
        <TextField source="bio.ar" lang="ar" dir="rtl" />
      </Box>
      <TextField source="email" emptyText="—" />
      <UrlField source="website" emptyText="—" />
    </SimpleShowLayout>
    <RelatedArticles target="authorId" title="resources.authors.articles" />
  </Show>
);
