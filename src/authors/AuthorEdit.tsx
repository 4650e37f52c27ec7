import { TopToolbar } from 'react-admin';
import { ConflictAwareEdit } from '../workflow/recordConflict';
import { RecordActivityButton } from '../activity/RecordActivityButton';
import { AuthorForm } from './AuthorForm';
import { RelatedArticles } from './RelatedArticles';

export const AuthorEdit = () => (
  <ConflictAwareEdit
    actions={
      <TopToolbar>
        <RecordActivityButton />
      </TopToolbar>
    }
  >
    <AuthorForm />
    <RelatedArticles target="authorId" title="resources.authors.articles" />
  </ConflictAwareEdit>
);
