// Which built files belong to the mock backend, from Vite's manifest (`build.manifest`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A file is the mock backend's when only the dynamic import of the MSW entry (`mockEntry`, such
 * as mocks/browser.ts) reaches it: walking the manifest from the HTML entry through every static
 * and dynamic import, but not into that one, never meets it. A chunk the app shares with the
 * backend (React, zod) therefore counts as the app's.
 */
export function jsOfMockBackend(dist, mockEntry) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const app = new Set();
  const walk = (key) => {
    const chunk = manifest[key];
    if (!chunk || key === mockEntry || app.has(chunk.file)) return;
    app.add(chunk.file);
    for (const k of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) walk(k);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) walk(key);
  const mock = new Set();
  for (const chunk of Object.values(manifest))
    if (chunk.file.endsWith('.js') && !app.has(chunk.file)) mock.add(chunk.file);
  return mock;
}
