import { Edit } from 'react-admin';
import { ArticleForm } from './form/ArticleForm';
import { normalizeArticle } from './articleFormValues';

/** Pessimistic: the server may refuse (workflow, checklist, stale version) and the form must stay. */
export const ArticleEdit = () => (
  <Edit mutationMode="pessimistic" transform={normalizeArticle}>
    <ArticleForm />
  </Edit>
);
