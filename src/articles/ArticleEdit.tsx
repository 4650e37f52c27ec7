import { Edit } from 'react-admin';
import { ArticleForm } from './ArticleForm';
import { normalizeArticle } from './articleFormValues';

export const ArticleEdit = () => (
  <Edit mutationMode="pessimistic" transform={normalizeArticle}>
    <ArticleForm />
  </Edit>
);
