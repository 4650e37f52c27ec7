/**
 * The server at a newsroom's scale (issue 11, issue 10 item 12), on embedded PGlite in a
 * temporary directory: seeding time for 2,000 and 50,000 articles (with 90 days of traffic),
 * then p50/p95 of the requests the dashboard makes at 50,000 articles: a list page, a get, a
 * save, search, every metrics endpoint and every request of the article list's first screen.
 * Requests go to the real app in process (createApp(deps).fetch(new Request(…))): routing,
 * auth, validation, the rules, the SQL store and JSON, without the network.
 * Run: npx tsx bench/scale.ts [--sizes 2000,50000] [--runs 40] [--data DIR] [--only REGEXP]
 * `--data DIR` keeps the database in DIR and seeds it only when empty (to time again after a
 * change: migrations apply at open); otherwise a temporary directory, removed at the end.
 * `--only REGEXP` times only the cases whose name matches (case-insensitive).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../server/app';
import { nodePasswords } from '../server/node/passwords';
import { nodeSanitize } from '../server/node/sanitize';
import type { Deps } from '../server/rules/context';
import { buildSeed } from '../server/seed';
import { createSqlStore } from '../server/store/sql';
import { scaleCases } from './scaleCases';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const sizes = (arg('sizes') ?? '2000,50000').split(',').map(Number);
const runs = Number(arg('runs') ?? 40);
const only = arg('only') === undefined ? null : new RegExp(arg('only')!, 'i');
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

const kept = arg('data');
const dir = kept ?? mkdtempSync(join(tmpdir(), 'newsdesk-scale-'));
const now = Date.now();
const store = await createSqlStore({ kind: 'pglite', dataDir: join(dir, 'pglite') });
const seeded = kept !== undefined && !(await store.isEmpty());
const deps: Deps = { store, clock: () => now, passwords: nodePasswords, sanitize: nodeSanitize, demo: { seedSize: sizes.at(-1)!, resetByAnyone: false } };
const app = createApp(deps);
console.log(`PGlite in ${dir}; requests to the app in process (createApp(deps).fetch), no network; load average ${load()}`);

try {
  for (const size of seeded ? [] : sizes) {
    const t = performance.now();
    await store.load(buildSeed(size, now));
    const rows = (await store.db.metrics.rows({ byDate: true, order: 'ASC', range: [0, 0] })).total;
    console.log(`seed ${size} articles + ${rows} metric rows (90 days): ${((performance.now() - t) / 1000).toFixed(1)} s   [load ${load()}]`);
  }
  const size = sizes.at(-1)!;
  const call = async (method: string, path: string, token?: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await app.fetch(new Request(`http://127.0.0.1/api${path}`, {
      method,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
      body: body ? JSON.stringify(body) : undefined,
    }));
    const json = await res.json();
    if (res.status >= 400) throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(json).slice(0, 300)}`);
    return json;
  };
  const { token } = (await call('POST', '/auth/login', undefined, { email: 'admin@newsdesk.test', password: 'newsdesk' })) as { token: string };
  console.log(`\nat ${size} articles, ${runs} runs each after a warm-up of each different request (ms)`);
  for (const group of scaleCases(size, runs)) {
    const cases = group.cases.filter((c) => !only || only.test(c.name));
    if (!cases.length) continue;
    console.log(`-- ${group.title} (target p95 < ${group.target} ms)   [load ${load()}]`);
    for (const c of cases) {
      for (let i = 0; i < (c.distinct ?? 1); i++) await c.run(call, token, i);
      const times: number[] = [];
      for (let i = 1; i <= runs; i++) {
        const t = performance.now();
        await c.run(call, token, i);
        times.push(performance.now() - t);
      }
      const p95 = percentile(times, 0.95);
      const mark = p95 < group.target ? '' : '  MISSED';
      console.log(`${c.name.padEnd(62)} p50 ${percentile(times, 0.5).toFixed(1).padStart(6)}   p95 ${p95.toFixed(1).padStart(6)}${mark}`);
    }
  }
  console.log(`load average at the end: ${load()}`);
} finally {
  await store.close();
  if (!kept) rmSync(dir, { recursive: true, force: true });
}
