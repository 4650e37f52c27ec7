/**
 * Metric aggregations at a newsroom's volume: seeds 50,000 articles (about 1.5 million derived
 * daily rows), then times each aggregation endpoint through the real MSW handlers. "first" is the
 * first request after the seed (index build plus the days it needs), before any background warm-up.
 * Run: npx tsx bench/metrics.ts [--size 50000] [--runs 40]
 */
import { getDb, login, resetDb, server } from '../mocks/node';
import { metricIndex } from '../server/store/memory/metrics/index';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const size = arg('size', 50_000);
const runs = arg('runs', 40);
const API = 'http://localhost/api';

resetDb(size);
server.listen({ onUnhandledRequest: 'error' });
const token = await login('moderator@newsdesk.test');
const headers = { Authorization: `Bearer ${token}` };
const f = (filter: object) => `&filter=${encodeURIComponent(JSON.stringify(filter))}`;

const cases: [string, string][] = [
  ['summary, 7 days (+ previous 7)', '/metrics/summary?period=7d'],
  ['summary, 90 days (+ previous 90)', '/metrics/summary?period=90d'],
  ['summary, 30 days, section News, Arabic', `/metrics/summary?period=30d${f({ section: 1, lang: 'ar' })}`],
  ['series, 90 days', '/metrics/series?period=90d'],
  ['series, 30 days, author AFP', `/metrics/series?period=30d${f({ authorId: 1 })}`],
  ['top 10 by views, 7 days', '/metrics/top?period=7d&by=views&limit=10'],
  ['top 10 by shares, 90 days', '/metrics/top?period=90d&by=shares&limit=10'],
  ['breakdown by section, 30 days', '/metrics/breakdown?period=30d&by=section'],
  ['breakdown by language, 90 days', '/metrics/breakdown?period=90d&by=language'],
  ['one article, 90 days', '/metrics/articles/5/series'],
  ['spikes, 30 days (5×)', '/metrics/spikes?period=30d'],
  ['spikes, 90 days (3×)', '/metrics/spikes?period=90d&multiple=3'],
];

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const time = async (path: string) => {
  const t = performance.now();
  const res = await fetch(`${API}${path}`, { headers });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  await res.json();
  return performance.now() - t;
};

const ix = metricIndex(getDb(), Date.now());
console.log(`articles: ${size}, articles with rows: ${ix.ids.length}, segments: ${ix.segmentCount}`);
let rows = 0;
for (let d = ix.window.first; d <= ix.window.last; d++) rows += ix.rowsOn(d);
console.log(`derived daily rows in the 90-day window: ${rows}`);
for (const [name, path] of cases) {
  const first = await time(path);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await time(path));
  console.log(`${name}: median ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms, first ${first.toFixed(1)} ms`);
}
// After an edit the index is rebuilt (facts of unchanged rows are reused) and days recomputed.
const a = getDb().articles.get(10)!;
getDb().putArticle({ ...a, title: `${a.title} ` });
console.log(`summary, 7 days, first after an article edit: ${(await time('/metrics/summary?period=7d')).toFixed(1)} ms`);
console.log(`rss: ${(process.memoryUsage().rss / 1_048_576).toFixed(1)} MB`);
server.close();
