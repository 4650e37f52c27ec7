// `node bench/server-start.mjs`: how long `npm run serve` (server/main.ts) takes from the
// process start to its first answer (GET /api/health → 200), on embedded PGlite: a new data
// directory seeded with the demo newsroom (2,000 articles, NEWSDESK_SEED_ARTICLES), the same
// directory started again, and a new directory without demo data (first admin only).
// Not a test; every server runs on 127.0.0.1 on a free port and is stopped with SIGTERM.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer as spawnServer } from './lib.mjs';

const seed = process.env.NEWSDESK_SEED_ARTICLES ?? '2000';

const startOnce = async (env) => {
  const t0 = performance.now();
  const server = await spawnServer(env);
  const res = await fetch(`${server.url}/api/health`);
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`health answered ${res.status}`);
  await server.stop();
  return { ms, seeded: server.seededMs };
};

const fmt = (r) => `${(r.ms / 1000).toFixed(1)} s${r.seeded === null ? '' : ` (of which seeding ${(r.seeded / 1000).toFixed(1)} s)`}`;
const dirs = [];
const dir = () => {
  const d = mkdtempSync(join(tmpdir(), 'newsdesk-bench-'));
  dirs.push(d);
  return d;
};
try {
  const demoDir = dir();
  console.log(`new PGlite directory, demo newsroom of ${seed} articles: ${fmt(await startOnce({ NEWSDESK_DATA_DIR: demoDir, NEWSDESK_SEED_ARTICLES: seed }))}`);
  for (let i = 1; i <= 3; i++) console.log(`same directory, start ${i + 1}: ${fmt(await startOnce({ NEWSDESK_DATA_DIR: demoDir }))}`);
  const admin = { NEWSDESK_DEMO: '0', NEWSDESK_ADMIN_EMAIL: 'chief@paper.example', NEWSDESK_ADMIN_PASSWORD: 'a long enough secret' };
  console.log(`new PGlite directory, no demo data (first admin): ${fmt(await startOnce({ NEWSDESK_DATA_DIR: dir(), ...admin }))}`);
} finally {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
}
