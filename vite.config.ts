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
    proxy: mode === 'server' ? { '/api': `http://127.0.0.1:${process.env.PORT || 8080}` } : undefined,
  },
  preview: { port: 4173 },
  build: { sourcemap: false, chunkSizeWarningLimit: 1500, outDir: mode === 'server' ? 'dist' : 'dist-demo' },
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
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/components/**/*.test.tsx'],
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
