// Which of the files a page loaded are the app's and which the mock backend's, from Vite's
// manifest (`build.manifest`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The app's files are the HTML entry and every lazy chunk of the app's own code that the page
 * loaded (a dynamic entry outside `backendDirs`), each with the chunks it imports statically:
 * what the page would load without the mock backend. Every other file loaded is the mock
 * backend's: the MSW entry (mocks/browser.ts) and what only it needs (MSW, the seed, the rules,
 * and the schemas and sanitiser it shares with screens this page does not show). A chunk the
 * app's code needs too (React, zod on a form) counts as the app's.
 */
export function splitLoaded(dist, loaded, backendDirs) {
  const manifest = Object.values(
    JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')),
  );
  const byFile = new Map(manifest.map((chunk) => [chunk.file, chunk]));
  const byKey = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const app = new Set();
  const walk = (chunk) => {
    if (!chunk || app.has(chunk.file)) return;
    app.add(chunk.file);
    for (const key of chunk.imports ?? []) walk(byKey[key]);
  };
  for (const chunk of manifest) if (chunk.isEntry) walk(chunk);
  for (const file of loaded) {
    const chunk = byFile.get(file);
    if (chunk?.isDynamicEntry && !backendDirs.some((dir) => chunk.src?.startsWith(dir)))
      walk(chunk);
  }
  return { app: loaded.filter((f) => app.has(f)), mock: loaded.filter((f) => !app.has(f)) };
}
