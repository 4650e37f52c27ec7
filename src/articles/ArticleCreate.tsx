import { Create, useRedirect } from 'react-admin';
import { ArticleSaveProvider } from '../workflow';
import { ArticleForm } from './form/ArticleForm';
import { normalizeArticle } from './articleFormValues';

/**
 * The workflow's provider saves (and keeps every value on failure), then opens the edit page;
 * it empties this form once saved, so Create never offers the article just saved again.
 */
export const ArticleCreate = () => {
  const redirect = useRedirect();
  return (
    <Create>
      <ArticleSaveProvider
        transform={normalizeArticle}
        onSaved={(record) => redirect('edit', 'articles', record.id)}
      >
        <ArticleForm />
      </ArticleSaveProvider>
    </Create>
  );
};
