// Newsdesk against the anchor, a minimal react-admin 5.15 app (../shared/anchors/ra-baseline),
// side by side in one run: both production builds served on loopback, alternating cold runs in
// Chromium. `node bench/versus.mjs [--runs 5] [--no-build] [--dist DIR] [--server DATA_DIR]`;
// `npm run bench` runs it last. `--server DATA_DIR`: Newsdesk against its Node server instead of
// the in-browser demo, the dashboard built with `--mode server` and served by `server/main.ts`
// on a copy of DATA_DIR (a NEWSDESK_DATA_DIR with the demo newsroom seeded, as `bench/load.mjs`
// leaves one with LOAD_DATA_DIR): no service worker, the same reload and click.
//
// Per run, each app in a new browser context: open the list (Newsdesk: sign in first, at
// 50,000 articles), wait for the service worker, clear the HTTP cache, reload, then
//   (a) the JavaScript the reload downloads: files and gzip bytes (zlib level 6, as the anchor's
//       own measure.mjs and Vite's report), without the mock backend and without what the app
//       prefetches when idle after the first row (Newsdesk: the edit screen and the editor,
//       from its `newsdesk:prefetch-edit` performance mark on; printed apart);
//   (b) navigation start → first article row (a title cell with text) visible, next frame;
//   (c) click on the first row's title → edit form ready (title filled; Newsdesk: the TipTap
//       editor editable), next frame.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { launch, median, startServer } from './lib.mjs';
import { splitLoaded } from './versus-chunks.mjs';
import { PROBE } from './versus-probe.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ANCHOR_SRC = resolve(REPO, '..', 'shared', 'anchors', 'ra-baseline');
const WORK = join(tmpdir(), 'newsdesk-versus');
const PREFETCH_MARK = 'newsdesk:prefetch-edit';
const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : def;
};
const RUNS = Number(opt('runs', 5));
const SEED = Number(opt('seed', 50000));
const BUILD = !argv.includes('--no-build');
/** `--dist DIR`: measure a demo build made elsewhere (with `--manifest`), such as an older commit's. */
const DIST = opt('dist', null);
const PORT = Number(process.env.VERSUS_PORT ?? 18410);
/** `--server DATA_DIR`: Newsdesk on its Node server, on a copy of that data directory. */
const SERVER_DATA = opt('server', null);
const sh = (cmd, args, options) => {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 2, 2], ...options });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status})`);
};

/** The anchor is read-only where it lives (CI): copy it, install it once per lockfile, build it. */
function buildAnchor() {
  const dir = join(WORK, 'ra-baseline');
  const lock = readFileSync(join(ANCHOR_SRC, 'package-lock.json'), 'utf8');
  const installed =
    existsSync(join(dir, '.installed-lock')) &&
    readFileSync(join(dir, '.installed-lock'), 'utf8') === lock;
  if (!installed) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(WORK, { recursive: true });
    cpSync(ANCHOR_SRC, dir, { recursive: true, filter: (p) => !/node_modules|\/dist\b/.test(p) });
    sh('chmod', ['-R', 'u+w', dir]);
    sh('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
    writeFileSync(join(dir, '.installed-lock'), lock);
  } else {
    cpSync(join(ANCHOR_SRC, 'src'), join(dir, 'src'), { recursive: true });
  }
  if (BUILD || !existsSync(join(dir, 'dist'))) sh('npm', ['run', 'build'], { cwd: dir });
  return { dir: join(dir, 'dist'), vite: join(dir, 'node_modules/vite/bin/vite.js'), cwd: dir };
}

/** `server/main.ts` on a copy of SERVER_DATA, serving the dashboard of `dir`, on loopback. */
async function startNewsdeskServer({ dir }, port) {
  const data = join(WORK, 'server-data');
  rmSync(data, { recursive: true, force: true });
  cpSync(resolve(SERVER_DATA), data, { recursive: true });
  const server = await startServer({
    NEWSDESK_DATA_DIR: data,
    NEWSDESK_STATIC_DIR: dir,
    PORT: String(port),
  });
  return { kill: () => void server.stop() };
}

/**
 * Newsdesk's production build with Vite's manifest (for splitLoaded): the in-browser demo at
 * SEED articles, or with `--server` the dashboard for the Node server (`--mode server`).
 */
function buildNewsdesk() {
  if (DIST && !SERVER_DATA)
    return { dir: resolve(DIST), vite: join(REPO, 'node_modules/vite/bin/vite.js'), cwd: REPO };
  const out = join(WORK, SERVER_DATA ? 'newsdesk-server' : `newsdesk-demo-${SEED}`);
  const mode = SERVER_DATA ? ['--mode', 'server'] : [];
  if (BUILD || !existsSync(out))
    sh(
      'npx',
      [
        'vite',
        'build',
        ...mode,
        '--outDir',
        out,
        '--emptyOutDir',
        '--manifest',
        '--logLevel',
        'warn',
      ],
      {
        cwd: REPO,
        env: { ...process.env, VITE_SEED_ARTICLES: String(SEED) },
      },
    );
  return {
    dir: out,
    vite: join(REPO, 'node_modules/vite/bin/vite.js'),
    cwd: REPO,
    server: Boolean(SERVER_DATA),
  };
}

async function serve({ dir, vite, cwd }, port) {
  const child = spawn(
    process.execPath,
    [
      vite,
      'preview',
      '--outDir',
      dir,
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    {
      cwd,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`vite preview of ${dir} did not start`);
}

const APPS = {
  anchor: {
    list: '/#/posts',
    backend: ['src/mocks/'],
    signIn: null,
    editReady: 'form input[name="title"]',
  },
  newsdesk: {
    list: '/#/articles',
    backend: ['mocks/', 'server/'],
    signIn: async (page, base) => {
      await page.goto(`${base}/#/login`);
      await page.getByLabel('Email').fill('editor@newsdesk.test');
      await page.getByLabel('Password').fill('newsdesk');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page
        .getByRole('menuitem', { name: 'Dashboard' })
        .or(page.getByRole('link', { name: 'Dashboard' }))
        .first()
        .waitFor({ timeout: 60_000 });
    },
    editReady: '.ProseMirror[contenteditable="true"]',
  },
};

async function oneRun(browser, app, base, dist) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(PROBE, APPS[app].editReady);
    if (APPS[app].signIn) await APPS[app].signIn(page, base);
    await page.goto(base + APPS[app].list);
    await page.waitForFunction(() => window.__probe?.list?.visible, null, {
      timeout: 60_000,
      polling: 50,
    });
    // The demo's backend is MSW's service worker; against the Node server there is none.
    if (!(app === 'newsdesk' && SERVER_DATA))
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
        timeout: 30_000,
      });
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    const scripts = new Map(); // file → request start, ms since the epoch (the browser's clock)
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script' && r.url().startsWith(`${base}/assets/`))
        scripts.set(new URL(r.url()).pathname.slice(1), r.request().timing().startTime);
    });
    await page.reload({ waitUntil: 'commit' });
    await page.waitForFunction(() => window.__probe?.list?.visible, null, {
      timeout: 60_000,
      polling: 50,
    });
    const list = await page.evaluate(() => window.__probe.list);
    await page.waitForTimeout(1000); // widgets that load their code after the first paint count too
    // Newsdesk prefetches the edit screen and the editor when idle after the first page (a
    // performance mark says when): what is requested from then on is reported apart, not as
    // the list's.
    // Only this document's requests (the page before the reload may still be prefetching).
    const all = [...scripts];
    const { origin, mark } = await page.evaluate((name) => {
      const entry = performance.getEntriesByName(name)[0];
      return {
        origin: performance.timeOrigin,
        mark: entry ? performance.timeOrigin + entry.startTime : Infinity,
      };
    }, PREFETCH_MARK);
    const loaded = all.filter(([, at]) => at >= origin && at < mark).map(([f]) => f);
    const prefetched = all.filter(([, at]) => at >= mark).map(([f]) => f);
    await page.locator('tbody td.column-title').first().click();
    await page.waitForFunction(() => window.__probe?.edit?.visible, null, {
      timeout: 60_000,
      polling: 50,
    });
    const edit = await page.evaluate(() => window.__probe.edit.visible - window.__probe.click);
    const { app: files, mock } = splitLoaded(dist, loaded, APPS[app].backend);
    const gzipOf = (list) =>
      list.reduce(
        (sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 6 }).length,
        0,
      );
    return {
      gzip: gzipOf(files),
      files: files.length,
      prefetchGzip: gzipOf(prefetched),
      prefetchFiles: prefetched.length,
      mockFiles: mock.length,
      list: list.visible,
      rows: list.rows,
      edit,
    };
  } finally {
    await context.close();
  }
}

export async function versusBench() {
  console.error('> building the anchor and Newsdesk');
  const builds = { anchor: buildAnchor(), newsdesk: buildNewsdesk() };
  const servers = [];
  const bases = {};
  try {
    let port = PORT;
    for (const app of Object.keys(APPS)) {
      const server = builds[app].server ? startNewsdeskServer : serve;
      servers.push(await server(builds[app], port));
      bases[app] = `http://127.0.0.1:${port++}`;
    }
    const browser = await launch();
    const results = { anchor: [], newsdesk: [] };
    try {
      for (const app of Object.keys(APPS)) await oneRun(browser, app, bases[app], builds[app].dir); // warm-up
      for (let i = 0; i < RUNS; i++) {
        const order = i % 2 ? ['newsdesk', 'anchor'] : ['anchor', 'newsdesk'];
        for (const app of order) {
          const r = await oneRun(browser, app, bases[app], builds[app].dir);
          console.error(
            `  ${app} ${i + 1}/${RUNS}: ${(r.gzip / 1000).toFixed(1)} kB in ${r.files} files (+${r.mockFiles} mock; prefetched later ${(r.prefetchGzip / 1000).toFixed(1)} kB in ${r.prefetchFiles}), first row ${Math.round(r.list)} ms (${r.rows} rows), edit ${Math.round(r.edit)} ms`,
          );
          results[app].push(r);
        }
      }
    } finally {
      await browser.close();
    }
    report(results);
    return results;
  } finally {
    for (const s of servers) s.kill();
  }
}

function report(results) {
  const m = (app, k) => median(results[app].map((r) => r[k]));
  const goals = { gzip: 0.9, list: 0.8, edit: 1.5 };
  const rows = [
    [
      'JavaScript of the list, gzip, without mock backend',
      'gzip',
      (x) => `${(x / 1000).toFixed(1)} kB`,
    ],
    ['  files', 'files', (x) => String(x)],
    [
      '  prefetched when idle after the first row (apart)',
      'prefetchGzip',
      (x) => `${(x / 1000).toFixed(1)} kB`,
    ],
    ['reload → first article row visible', 'list', (x) => `${Math.round(x)} ms`],
    ['row click → edit form ready (Newsdesk: editor)', 'edit', (x) => `${Math.round(x)} ms`],
  ];
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const newsdesk = SERVER_DATA
    ? `Newsdesk on its Node server (${SERVER_DATA})`
    : `Newsdesk (${SEED} articles)`;
  console.log(
    `${newsdesk} vs the anchor (minimal react-admin, 10,000 posts): medians of ${RUNS} alternating runs; load average ${load}`,
  );
  console.log(`${''.padEnd(52)} ${'anchor'.padStart(10)} ${'Newsdesk'.padStart(10)}  ratio (goal)`);
  for (const [label, k, f] of rows) {
    const a = m('anchor', k);
    const n = m('newsdesk', k);
    const goal = goals[k] ? ` (≤ ${goals[k]})` : k === 'files' ? ' (Newsdesk ≤ 15 files)' : '';
    const ratio = k === 'prefetchGzip' ? '' : `${(n / a).toFixed(2)}${goal}`;
    console.log(`${label.padEnd(52)} ${f(a).padStart(10)} ${f(n).padStart(10)}  ${ratio}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await versusBench();
