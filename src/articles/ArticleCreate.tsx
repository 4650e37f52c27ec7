import { Create } from 'react-admin';
import { ArticleForm } from './form/ArticleForm';
import { normalizeArticle } from './articleFormValues';

export const ArticleCreate = () => (
  <Create redirect="edit" transform={normalizeArticle}>
    <ArticleForm />
  </Create>
);
