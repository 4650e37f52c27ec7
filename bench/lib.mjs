// Shared helpers of the benchmarks: a preview server of the production build, and Chromium.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'node:url';

export const PORT = Number(process.env.BENCH_PORT ?? 4300);
export const BASE = `http://127.0.0.1:${PORT}`;

/** Serves `outDir` (default: the config's, dist-demo/ in the default mode), so a build elsewhere can be measured. */
export async function startPreview(outDir) {
  const dir = outDir ? ['--outDir', outDir] : [];
  // Vite's own script under this Node, not `npx vite`: killing npx left `vite preview` running.
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
  const child = spawn(process.execPath, [vite, 'preview', ...dir, '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('vite preview did not start');
}

export function launch() {
  return chromium.launch({
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
  });
}

export async function signIn(page, email = 'editor@newsdesk.test', query = '') {
  await page.goto(`${BASE}/${query}#/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('newsdesk');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('menuitem', { name: 'Dashboard' }).or(page.getByRole('link', { name: 'Dashboard' })).first().waitFor();
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
export const kB = (n) => `${(n / 1024).toFixed(1)} kB`;

/**
 * Starts `server/main.ts` on 127.0.0.1 (a free port unless `env.PORT`) with `env` over a bare
 * environment, and resolves once it says where it listens: its address, its log so far (the
 * seed's line among it), the milliseconds since the process start, and `stop` (SIGTERM, then
 * its exit).
 */
export async function startServer(env) {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      out += d;
      const m = /Newsdesk is listening on (http:\/\/[^"]+)"/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  const seededMs = /"seeded the demo newsroom","articles":\d+,"ms":(\d+)/.exec(out)?.[1];
  return {
    url,
    ms: performance.now() - t0,
    seededMs: seededMs ? Number(seededMs) : null,
    stop: () => new Promise((r) => (child.kill('SIGTERM'), child.on('exit', r))),
  };
}
