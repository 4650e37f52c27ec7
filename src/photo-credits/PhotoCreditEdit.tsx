import { Edit, TopToolbar } from 'react-admin';
import { RecordActivityButton } from '../activity/RecordActivityButton';
import { RelatedArticles } from '../authors/RelatedArticles';
import { PhotoCreditForm } from './PhotoCreditForm';

export const PhotoCreditEdit = () => (
  <Edit
    mutationMode="pessimistic"
    actions={
      <TopToolbar>
        <RecordActivityButton />
      </TopToolbar>
    }
  >
    <PhotoCreditForm />
    <RelatedArticles
      target="featuredImage.photoCreditId"
      title="resources.photo-credits.articles"
    />
  </Edit>
);
