import { useEffect, useRef, useState } from 'react';
import { Create, useRedirect } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { ArticleSaveProvider } from '../workflow';
import { ArticleForm } from './form/ArticleForm';
import { normalizeArticle } from './articleFormValues';

/**
 * The workflow's provider saves (and keeps every value on failure), then opens the edit page.
 * Until that page has drawn, this one stays on screen holding the article just saved; a writer
 * who opens Create again meanwhile gets a fresh, empty form, not a copy that a second Save
 * would publish twice.
 */
export const ArticleCreate = () => {
  const redirect = useRedirect();
  const location = useLocation();
  // The location object, not its key: a navigation the router did not make itself (an address
  // typed or a link from outside) keeps the key "default", while every navigation makes a new
  // location object.
  const savedAt = useRef<typeof location | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (savedAt.current === null || savedAt.current === location) return;
    savedAt.current = null;
    setGeneration((g) => g + 1);
  }, [location]);
  return (
    <Create key={generation}>
      <ArticleSaveProvider
        transform={normalizeArticle}
        onSaved={(record) => {
          savedAt.current = location;
          redirect('edit', 'articles', record.id);
        }}
      >
        <ArticleForm />
      </ArticleSaveProvider>
    </Create>
  );
};
