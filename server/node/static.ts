import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { StartupError } from './startupError';

const YEAR = 'public, max-age=31536000, immutable';

/**
 * The built SPA. Files under /assets/ carry a content hash in their names (Vite), so they are
 * cached for a year and never revalidated; everything else (index.html, the favicon) is
 * revalidated on every load, so a new release is picked up at once. The app routes with the
 * URL's hash, so `/` is its only page. Answers false when there is no build to serve.
 */
export const serveSpa = (site: Hono, dir: string): boolean => {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) return false;
  // The in-browser demo build answers /api inside the browser and would never reach us.
  if (existsSync(join(root, 'mockServiceWorker.js'))) {
    throw new StartupError(`${root} holds the in-browser demo build (mockServiceWorker.js); build the dashboard for this server with npm run build`);
  }
  site.use(
    '*',
    serveStatic({
      root,
      onFound: (path, c) => {
        c.header('Cache-Control', path.startsWith(join(root, 'assets')) ? YEAR : 'no-cache');
      },
    }),
  );
  return true;
};
