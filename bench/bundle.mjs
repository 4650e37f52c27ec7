// Gzip bytes of the JavaScript a page needs, as Chromium actually loads it from the production build.
// `node bench/bundle.mjs [outDir]` serves a build already made (default dist-demo/, the in-browser demo) and measures it;
// `npm run bench` calls bundleBench on the build it just made.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BASE, kB, launch, signIn, startPreview } from './lib.mjs';

const MARKERS = {
  ProseMirror: 'ProseMirror',
  DOMPurify: 'uponSanitizeElement',
  recharts: 'recharts-',
};

/** Static imports of a chunk (`import … from "./x.js"`, `import "./x.js"`); dynamic ones open with `(`. */
const staticImports = (text) =>
  [
    ...text.matchAll(/\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g),
  ].map((m) => m[1]);

/** Every chunk a chunk pulls in before it runs, itself included. */
function closure(dist, name, seen = new Set()) {
  if (seen.has(name)) return seen;
  seen.add(name);
  for (const dep of staticImports(readFileSync(join(dist, 'assets', name), 'utf8')))
    closure(dist, dep, seen);
  return seen;
}

/**
 * Sorts each chunk into `entry` (what index.html loads before the first render), `backend` (what
 * only the embedded backend needs: MSW, the handlers, the seed) or `lazy` (loaded on demand by a
 * screen).
 */
function classifier(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entryName = html.match(/<script[^>]+src="\/assets\/([^"]+\.js)"/)[1];
  const entry = closure(dist, entryName);
  const backendName = referencedChunks(dist, entryName).find((n) => n.startsWith('browser-'));
  const backend = backendName ? closure(dist, backendName) : new Set();
  return (name) => (entry.has(name) ? 'entry' : backend.has(name) ? 'backend' : 'lazy');
}

/** Every chunk a chunk names, statically or in `import()` (the embedded backend is one of them). */
const referencedChunks = (dist, name) =>
  [
    ...readFileSync(join(dist, 'assets', name), 'utf8').matchAll(/["'`]\.\/([^"'`]+\.js)["'`]/g),
  ].map((m) => m[1]);

function measure(dist, classify, { urls, prefetched }) {
  const groups = { entry: 0, lazy: 0, backend: 0, prefetch: 0 };
  const rows = [];
  for (const url of urls) {
    const name = new URL(url).pathname.split('/').pop();
    const text = readFileSync(join(dist, 'assets', name), 'utf8');
    const gz = gzipSync(text, { level: 9 }).length;
    const group = prefetched.has(name) ? 'prefetch' : classify(name);
    groups[group] += gz;
    const has = Object.keys(MARKERS).filter((m) => text.includes(MARKERS[m]));
    rows.push({ name, gz, group, has });
  }
  rows.sort((a, b) => a.group.localeCompare(b.group) || b.gz - a.gz);
  return { groups, rows };
}

async function scriptsFor(browser, go) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const urls = new Set();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' && r.url().startsWith(`${BASE}/assets/`))
      urls.add(r.url());
  });
  await go(page, urls);
  const prefetched = new Set(await page.evaluate(prefetchedSince, PREFETCH_MARK));
  await context.close();
  return { urls: [...urls], prefetched };
}

/**
 * The article list prefetches the edit screen and the editor when idle after its first page,
 * from a performance mark on (src/articles/list/usePrefetchEdit.ts): the resources requested
 * since then, which are counted apart from the page's own JavaScript.
 */
const PREFETCH_MARK = 'newsdesk:prefetch-edit';
function prefetchedSince(mark) {
  const at = performance.getEntriesByName(mark)[0]?.startTime;
  if (at === undefined) return [];
  return performance
    .getEntriesByType('resource')
    .filter((e) => e.startTime >= at)
    .map((e) => new URL(e.name).pathname.split('/').pop());
}

/** A first screen after sign-in, loaded cold: what a reload of that address downloads. */
const coldAfterSignIn = (hash, ready) => async (page, urls) => {
  await signIn(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await page.goto(`${BASE}/#${hash}`);
  urls.clear();
  await page.reload();
  await ready(page).waitFor({ timeout: 30_000 });
  // Charts and other widgets load their chunks after the first paint: count them too.
  await page.waitForLoadState('networkidle');
};

const PAGES = {
  'login page': async (page) => {
    await page.goto(`${BASE}/#/login`);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  },
  dashboard: coldAfterSignIn('/', (page) => page.getByText('Overview').first()),
  'articles list': coldAfterSignIn('/articles', (page) => page.locator('tbody tr').first()),
};

export async function bundleBench({ dist = 'dist-demo', verbose = true } = {}) {
  const classify = classifier(dist);
  const browser = await launch();
  const results = {};
  for (const [label, go] of Object.entries(PAGES))
    results[label] = measure(dist, classify, await scriptsFor(browser, go));
  await browser.close();
  for (const [label, { groups, rows }] of Object.entries(results)) {
    const app = groups.entry + groups.lazy;
    console.log(
      `${label} JS (gzip): app ${kB(app)} (entry ${kB(groups.entry)} + lazy ${kB(groups.lazy)}), embedded backend ${kB(groups.backend)}; ${rows.length - rows.filter((r) => r.group === 'prefetch').length} files` +
        (groups.prefetch ? `; then prefetched when idle ${kB(groups.prefetch)}` : ''),
    );
    for (const marker of Object.keys(MARKERS)) {
      const hit = rows.filter(
        (r) => r.has.includes(marker) && r.group !== 'backend' && r.group !== 'prefetch',
      );
      console.log(
        `  ${marker} in its app JS: ${hit.length ? hit.map((r) => r.name).join(', ') : 'none'}`,
      );
    }
    if (verbose)
      for (const r of rows)
        console.log(`    ${r.group.padEnd(7)} ${kB(r.gz).padStart(9)}  ${r.name}`);
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2] ?? 'dist-demo';
  const preview = await startPreview(dist);
  try {
    await bundleBench({ dist });
  } finally {
    preview.kill();
  }
}
