import {
  EditButton,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { licenses } from '../schemas';
import { choicesOf } from '../common/choices';
import { CountField } from '../common/CountField';
import { RelatedArticles } from '../authors/RelatedArticles';
import { CreditLineField } from './CreditLineField';

export const PhotoCreditShow = () => (
  <Show
    actions={
      <TopToolbar>
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <CreditLineField />
      <TextField source="photographer" />
      <TextField source="agency" emptyText="—" />
      <SelectField
        source="license"
        choices={choicesOf(licenses, 'resources.photo-credits.licenses')}
      />
      <TextField source="notes" emptyText="—" />
      <CountField source="usageCount" />
    </SimpleShowLayout>
    <RelatedArticles
      target="featuredImage.photoCreditId"
      title="resources.photo-credits.articles"
    />
  </Show>
);
