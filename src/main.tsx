import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans-arabic/arabic-400.css';
import '@fontsource/noto-sans-arabic/arabic-500.css';
import '@fontsource/noto-sans-arabic/arabic-700.css';
import { App } from './App';

/**
 * Without VITE_API_URL the app runs on its embedded backend, started before the first request.
 * The condition is a build-time constant, so with VITE_API_URL set the branch and the MSW
 * chunk it imports are dropped from the build.
 */
if (!import.meta.env.VITE_API_URL) {
  await (await import('../mocks/browser')).startEmbeddedBackend();
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
