import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-500.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import { App } from './App';
import { prefetchArticleList } from './articles/list/prefetchArticleList';
import { apiReady } from './providers/apiReady';
import { preloadLocale } from './providers/i18nProvider';
import { createAppRouter } from './providers/routerProvider';
import { storedPreference } from './providers/store';

preloadLocale(storedPreference('locale'));

/**
 * Without VITE_API_URL the app runs on its embedded backend. It starts alongside the first
 * render, not before it: the sign-in page needs no request, and every request waits for the
 * backend (apiReady). The condition is a build-time constant, so with VITE_API_URL set the
 * branch and the MSW chunk it imports are dropped from the build.
 */
if (!import.meta.env.VITE_API_URL) {
  apiReady.set(
    import('../mocks/browser')
      .then(({ startEmbeddedBackend }) => startEmbeddedBackend())
      .catch((error: unknown) => {
        console.error('Newsdesk: the embedded backend did not start', error);
        throw error;
      }),
  );
}

const queryClient = new QueryClient();
prefetchArticleList(queryClient);
const router = createAppRouter(<App queryClient={queryClient} />);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
