import { TopToolbar } from 'react-admin';
import { ConflictAwareEdit } from '../workflow/recordConflict';
import { RecordActivityButton } from '../activity/RecordActivityButton';
import { RelatedArticles } from '../authors/RelatedArticles';
import { PhotoCreditForm } from './PhotoCreditForm';

export const PhotoCreditEdit = () => (
  <ConflictAwareEdit
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
  </ConflictAwareEdit>
);
