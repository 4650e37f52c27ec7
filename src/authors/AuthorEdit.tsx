import { Edit, TopToolbar } from 'react-admin';
import { RecordActivityButton } from '../activity/RecordActivityButton';
import { AuthorForm } from './AuthorForm';
import { RelatedArticles } from './RelatedArticles';

export const AuthorEdit = () => (
  <Edit
    mutationMode="pessimistic"
    actions={
      <TopToolbar>
        <RecordActivityButton />
      </TopToolbar>
    }
  >
    <AuthorForm />
    <RelatedArticles target="authorId" title="resources.authors.articles" />
  </Edit>
);
