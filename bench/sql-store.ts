/**
 * The SQL store at a newsroom's volume, on embedded PGlite (or PostgreSQL with --url): start on
 * a new and on an existing data directory, seed loads, then p50/p95 of list pages, get, a
 * version-checked update and each metric aggregation at the largest size.
 * Run: npx tsx bench/sql-store.ts [--sizes 200,2000,50000] [--runs 30] [--url postgres://…]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dayNumber } from '../server/rules/clock';
import { buildSeed } from '../server/seed';
import { createSqlStore, type SqlStore } from '../server/store/sql';
import type { ArticleRow, ListQuery } from '../server/store/types';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const sizes = (arg('sizes') ?? '200,2000,50000').split(',').map(Number);
const runs = Number(arg('runs') ?? 30);
const url = arg('url');
const NOW = Date.UTC(2025, 9, 28, 12);
const today = dayNumber(NOW);

const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const timeEach = async (label: string, n: number, run: (i: number) => Promise<unknown>) => {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run(i);
    times.push(performance.now() - t);
  }
  console.log(`${label.padEnd(44)} p50 ${percentile(times, 0.5).toFixed(1).padStart(7)} ms   p95 ${percentile(times, 0.95).toFixed(1).padStart(7)} ms`);
};

const open = (dataDir?: string): Promise<SqlStore> =>
  url ? createSqlStore({ kind: 'postgres', url }) : createSqlStore({ kind: 'pglite', dataDir });

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-'));
let t = performance.now();
let store = await open(url ? undefined : dir);
console.log(`start, new database (migrations):             ${ms(t)}`);
await store.close();
t = performance.now();
store = await open(url ? undefined : dir);
console.log(`start, existing database:                     ${ms(t)}`);

for (const size of sizes) {
  const seed = buildSeed(size, NOW);
  t = performance.now();
  await store.load(seed);
  const rows = (await store.db.metrics.rows({ byDate: true, order: 'ASC', range: [0, 0] })).total;
  console.log(`load ${String(size).padStart(6)} articles (${rows} metric rows):`.padEnd(47) + ms(t));
}
const size = sizes[sizes.length - 1];
console.log(`\nat ${size} articles, ${runs} runs each`);

const page = (over: Partial<ListQuery>): ListQuery => ({ where: [], sort: [['publishedAt', 'DESC'], ['id', 'DESC']], range: [0, 24], ...over });
const words = ['oil', 'election', 'talks', 'ceasefire', 'market', 'النفط', 'الانتخابات', 'Baghdad'];
await timeEach('list: publishedAt DESC, [0,24]', runs, () => store.db.articles.list(page({})));
await timeEach('list: page 100 ([2475,2499])', runs, () => store.db.articles.list(page({ range: [2475, 2499] })));
await timeEach('list: status=draft', runs, () => store.db.articles.list(page({ where: [{ field: 'status', op: 'in', values: ['draft'] }] })));
await timeEach('list: q (one word)', runs, (i) => store.db.articles.list(page({ q: words[i % words.length] })));
await timeEach('list: sort views DESC', runs, () => store.db.articles.list(page({ sort: [['views', 'DESC'], ['id', 'DESC']] })));
await timeEach('list: tagIds any of [3,7], title ASC', runs, () =>
  store.db.articles.list(page({ where: [{ field: 'tagIds', op: 'in', values: [3, 7] }], sort: [['title', 'ASC'], ['id', 'ASC']] })));
await timeEach('countBy status', runs, () => store.db.articles.countBy('status', page({})));
await timeEach('get', runs, (i) => store.db.articles.get(1 + ((i * 7919) % size)));
await timeEach('update (version-checked)', runs, async (i) => {
  const a = (await store.db.articles.get(1 + ((i * 104_729) % size)))!;
  const row: Partial<typeof a> = { ...a };
  for (const k of ['id', 'version', 'views', 'shares'] as const) delete row[k];
  await store.db.articles.update(a.id, { ...(row as ArticleRow), seoTitle: `bench ${i}` }, a.version);
});
await timeEach('tags list by articleCount', runs, () => store.db.tags.list(page({ sort: [['articleCount', 'DESC'], ['id', 'ASC']] })));

const m = store.db.metrics;
const p = (days: number) => ({ from: today - days + 1, to: today });
await timeEach('metrics totals, 7 days', runs, () => m.totals(p(7), {}));
await timeEach('metrics totals, 90 days', runs, () => m.totals(p(90), {}));
await timeEach('metrics totals, 30 days, ar + category 3', runs, () => m.totals(p(30), { langs: ['ar'], categoryIds: [3] }));
await timeEach('metrics series, 90 days', runs, () => m.series(p(90), {}));
await timeEach('metrics series, 30 days, author 1', runs, () => m.series(p(30), { authorIds: [1] }));
await timeEach('metrics top 10 by views, 7 days', runs, () => m.top(p(7), {}, 'views', 10));
await timeEach('metrics top 10 by shares, 90 days', runs, () => m.top(p(90), {}, 'shares', 10));
await timeEach('metrics breakdown by section, 30 days', runs, () => m.breakdown(p(30), {}, 'section'));
await timeEach('metrics breakdown by language, 90 days', runs, () => m.breakdown(p(90), {}, 'language'));
await timeEach('metrics spikes, 30 days (5×)', runs, () => m.spikes(p(30), {}, 5));
await timeEach('metrics spikes, 90 days (3×)', runs, () => m.spikes(p(90), {}, 3));
await timeEach('metrics rows of one article', runs, (i) => m.rows({ articleIds: [1 + i], byDate: true, order: 'DESC', range: [0, 89] }));
t = performance.now();
await store.advanceTraffic(today + 1);
console.log(`\nadvanceTraffic (next day's rows, window moved): ${ms(t)}`);

await store.close();
rmSync(dir, { recursive: true, force: true });
