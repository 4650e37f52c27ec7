import { defineConfig } from '@playwright/test';

/**
 * Browser tests drive Debian's Chromium in two projects:
 * - `demo`: the in-browser demo (production build in dist-demo/, served by `vite preview`);
 * - `server`: the Node server that `npm start` starts (build with `--mode server` into dist/,
 *   then server/main.ts on a throwaway PGlite directory with the demo newsroom): the tests in
 *   tests/e2e/server, and those of tests/e2e/browser (first visit, no outside request, the tabs
 *   of one browser sharing one newsroom and one session).
 *   See tests/e2e/server/serve.mjs.
 * Only the web servers of the projects chosen with `--project` start.
 */
const port = Number(process.env.E2E_PORT ?? 4173);
const serverPort = Number(process.env.E2E_SERVER_PORT ?? 4180);

export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** The projects named on the command line (`--project server`, `--project=demo`); none: all. */
const chosenProjects = (argv: string[]): string[] => {
  const names: string[] = [];
  argv.forEach((arg, i) => {
    if (arg.startsWith('--project=')) names.push(arg.slice('--project='.length));
    else if (arg === '--project')
      for (const next of argv.slice(i + 1)) {
        if (next.startsWith('-')) break;
        names.push(next);
      }
  });
  return names;
};
/** The tabs' specs in one language (grep sees `file title`; their titles end in `(en)`/`(ar)`). */
const tabsIn = (lang: 'en' | 'ar') => new RegExp(`tabsShare\\w+\\.spec\\.ts .*\\(${lang}\\)$`);

const chosen = chosenProjects(process.argv);
const runs = (project: string) => !chosen.length || chosen.some((name) => name === project || name.includes('*'));

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunch,
    locale: 'en-GB',
    timezoneId: 'UTC',
    trace: 'off',
    screenshot: 'off',
  },
  projects: [
    {
      name: 'demo',
      testDir: 'tests/e2e',
      testIgnore: 'server/**',
      // The tabs' specs run in English here and in Arabic on the server (see there).
      grepInvert: tabsIn('ar'),
      use: { baseURL: `http://127.0.0.1:${port}` },
    },
    {
      name: 'server',
      testDir: 'tests/e2e',
      // Its own specs, and the demo's browser specs: those that write nothing, and the tabs' specs,
      // which write only records they create under names of their own.
      testMatch: [
        'server/**/*.spec.ts',
        'browser/firstVisit.spec.ts',
        'browser/noOutsideRequests.spec.ts',
        'browser/tabsShareNewsroom.spec.ts',
        'browser/tabsShareSession.spec.ts',
      ],
      // What the tabs of one browser share does not depend on the language, and each of their
      // tests drives three tabs for about 45 s: they run in Arabic here and in English on the
      // demo, so both languages and both backends are covered once each.
      grepInvert: tabsIn('en'),
      // Each test drives two browsers through sign-in and the article editor: on 2 busy cores an
      // edit page took over 10 s to load its editor and record.
      timeout: 120_000,
      expect: { timeout: 20_000 },
      use: { baseURL: `http://127.0.0.1:${serverPort}` },
    },
  ],
  webServer: [
    ...(runs('demo')
      ? [
          {
            command: `npx vite build && npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
            url: `http://127.0.0.1:${port}`,
            timeout: 240_000,
            reuseExistingServer: !process.env.CI,
          },
        ]
      : []),
    ...(runs('server')
      ? [
          {
            // `npm start`'s two steps, the second on a throwaway data directory: a new newsroom
            // every run, so no test meets records a previous run left.
            command: `npx vite build --mode server && node tests/e2e/server/serve.mjs ${serverPort}`,
            // Answers 200 once the database does: migrated and seeded.
            url: `http://127.0.0.1:${serverPort}/api/health`,
            // The build, then a new PGlite cluster and the 2,000-article seed (about a minute here).
            timeout: 300_000,
            // A new newsroom every run; E2E_SERVER_REUSE=1 uses one already listening on the port
            // (started by `node tests/e2e/server/serve.mjs PORT`), to iterate on a test.
            reuseExistingServer: process.env.E2E_SERVER_REUSE === '1',
            gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 20_000 },
          },
        ]
      : []),
  ],
});
