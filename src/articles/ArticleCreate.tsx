import { startTransition, useState } from 'react';
import { Create, useRedirect } from 'react-admin';
import { ArticleSaveProvider } from '../workflow';
import { ArticleForm } from './form/ArticleForm';
import { normalizeArticle } from './articleFormValues';

/**
 * The workflow's provider saves (and keeps every value on failure), then opens the edit page.
 * After a save the form is replaced by a fresh one, together with the move to the edit page:
 * a writer who opens Create again before that page has drawn must get an empty form, not the
 * article just saved (a second Save would publish it twice).
 */
export const ArticleCreate = () => {
  const redirect = useRedirect();
  const [generation, setGeneration] = useState(0);
  return (
    <Create key={generation}>
      <ArticleSaveProvider
        transform={normalizeArticle}
        onSaved={(record) => {
          startTransition(() => setGeneration((g) => g + 1));
          redirect('edit', 'articles', record.id);
        }}
      >
        <ArticleForm />
      </ArticleSaveProvider>
    </Create>
  );
};
