/// <reference types="vitest/config" />
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * A build for a real API (VITE_API_URL set) never registers the service worker (main.tsx drops
 * the embedded backend), so the copy of public/mockServiceWorker.js is removed from its output.
 * Vite copies public/ wholesale before writing the bundle; removing the one file afterwards
 * keeps the rest of public/ (favicon) as it is.
 */
const withoutMockWorkerForRealApi = (): Plugin => {
  let worker: string | null = null;
  return {
    name: 'newsdesk:without-mock-worker-for-real-api',
    apply: 'build',
    configResolved(config) {
      const realApi = Boolean(config.env.VITE_API_URL);
      worker = realApi ? resolve(config.root, config.build.outDir, 'mockServiceWorker.js') : null;
    },
    writeBundle() {
      if (worker) rmSync(worker, { force: true });
    },
  };
};

/**
 * Chunk groups, so a first visit loads a dozen files rather than sixty slivers of react-admin
 * and MUI cut wherever two screens share a piece. The react-admin, MUI and kin modules the entry
 * needs (the sign-in page, the layout, the providers: Rolldown's `$initial` tag) make the `ui`
 * chunk, loaded by every page. The rest, which only screens use, make two chunks: `ui-forms`,
 * the pieces of the forms and record pages (edit, create and show controllers and views, form
 * layouts, inputs but the text and date ones, save and delete buttons, the MUI parts only they
 * use), and `ui-screens`, everything else (lists, fields, filters' text inputs, dialogs), which
 * every screen loads; so the article list, whose other filter inputs and bulk actions load when
 * first shown, carries no form's pieces. (Cut per set of screens, `entriesAware`, it made some
 * thirty slivers, and a list visit more files and bytes: each sliver compresses alone.)
 * `ui-forms` names the modules by path: one the list needs by mistake would make the list load
 * that chunk too, which `node bench/bundle.mjs` shows. The editor's libraries (TipTap,
 * ProseMirror) and the charts' (recharts, d3) one lazy chunk each, loaded with the form or the
 * dashboard. Our own code keeps Rolldown's own cut: a screen's chunk, and small shared ones, so
 * no screen pulls in the forms' zod or the preview's DOMPurify. The embedded backend's libraries
 * (MSW, Hono, the seed) fall in no group.
 */
const lib = (names: string) => new RegExp(`[\\/]node_modules[\\/](${names})[\\/]`);
const uiLibs = lib(
  '@mui|@emotion|@popperjs|react-admin|ra-[^\\/]+|react-hook-form|@tanstack|react-router|react-router-dom|query-string|decode-uri-component|filter-obj|split-on-first|lodash|inflection|clsx|react-transition-group|react-is|prop-types|@babel|react-dropzone|attr-accept|file-selector|react-error-boundary|eventemitter3|use-sync-external-store',
);
/** What only forms and record pages use, by path (their dependencies follow them if nothing else needs them). */
const formLibs = new RegExp(
  [
    'ra-ui-materialui[\\/]dist[\\/](detail|form)[\\/]',
    'ra-ui-materialui[\\/]dist[\\/]input[\\/](Autocomplete|AutocompleteArray|Boolean|DateTime|Time|Number|Reference|ReferenceArray|Select|SelectArray|RadioButtonGroup|CheckboxGroup|NullableBoolean|File|Image|Password)Input[\\/.]',
    'ra-ui-materialui[\\/]dist[\\/]button[\\/](Show|Edit|Save|Clone|Delete|DeleteWithConfirm|DeleteWithUndo)Button\\.js',
    'ra-ui-materialui[\\/]dist[\\/]field[\\/](ChipField|ReferenceArrayField|ReferenceManyField|UrlField|BooleanField)\\.js',
    'ra-ui-materialui[\\/]dist[\\/](Labeled|input[\\/]LoadingInput|list[\\/]SingleFieldList)\\.js',
    'ra-core[\\/]dist[\\/]controller[\\/](edit|create|show|saveContext|input)[\\/]',
    'ra-core[\\/]dist[\\/]controller[\\/](field[\\/](useReferenceManyFieldController|ReferenceManyFieldBase|useReferenceArrayFieldController|ReferenceArrayFieldBase)|button[\\/]useDeleteController|list[\\/]useList)\\.js',
    'ra-core[\\/]dist[\\/]form[\\/](choices[\\/]|groups[\\/]|useSuggestions|FormDataConsumer|useFormIsDirty|useFormValues)',
    'ra-core[\\/]dist[\\/]dataProvider[\\/](useGetOne|useGetMany|useUpdate|useCreate|useDelete|useGetManyReference)\\.js',
    '@mui[\\/]material[\\/]esm[\\/](Autocomplete|useAutocomplete|Radio|RadioGroup|Stack|FormGroup|ListSubheader)[\\/]',
    '@mui[\\/]system[\\/]esm[\\/]Stack[\\/]',
  ].join('|'),
);
const chunkGroups = [
  {
    name: 'editor',
    test: lib('@tiptap|prosemirror-[^\\/]+|orderedmap|rope-sequence|w3c-keyname|linkifyjs'),
    priority: 40,
  },
  {
    name: 'charts',
    test: lib(
      'recharts|d3-[^\\/]+|victory-vendor|internmap|decimal\\.js-light|@reduxjs|redux|redux-thunk|immer|reselect|react-redux|es-toolkit',
    ),
    priority: 40,
  },
  { name: 'ui', test: uiLibs, tags: ['$initial' as const], priority: 50 },
  { name: 'ui-screens', test: (id: string) => uiLibs.test(id) && !formLibs.test(id), priority: 47 },
  { name: 'ui-forms', test: uiLibs, priority: 45 },
];

const sqlContract = ['pglite', 'postgres'].includes(process.env.NEWSDESK_TEST_STORE ?? '');

/**
 * `--mode server` (.env.server: VITE_API_URL=/api) builds the dashboard for the Node server into
 * dist/, which the server serves; every other mode builds the in-browser demo into dist-demo/,
 * so a demo build never lands where the server would serve it. The dev server of `npm run dev`
 * hands /api to the Node server (PORT, default 8080).
 */
export default defineConfig(({ mode }) => ({
  plugins: [react(), withoutMockWorkerForRealApi()],
  server: {
    port: 5173,
    proxy:
      mode === 'server' ? { '/api': `http://127.0.0.1:${process.env.PORT || 8080}` } : undefined,
  },
  preview: { port: 4173 },
  build: {
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    outDir: mode === 'server' ? 'dist' : 'dist-demo',
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
  },
  test: {
    globals: true,
    testTimeout: 60_000,
    pool: 'threads',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          include: [
            'tests/unit/**/*.test.ts',
            'tests/unit/**/*.test.tsx',
            'tests/components/**/*.test.tsx',
          ],
        },
      },
      {
        // The contract suite: the REST contract through real clients, on the store that
        // NEWSDESK_TEST_STORE names (memory by default; see tests/contract/backend.ts).
        extends: true,
        test: {
          name: 'contract',
          environment: 'node',
          include: ['tests/contract/**/*.test.ts'],
          // A SQL store is started once and shared by every file, one file at a time.
          // Its start (PGlite boots and migrates; the seed loads) is paid once, in the first file.
          ...(sqlContract ? { isolate: false, fileParallelism: false, hookTimeout: 180_000 } : {}),
        },
      },
    ],
  },
}));
