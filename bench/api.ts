/**
 * The embedded backend at a newsroom's volume: seeds 50,000 articles (or `--size N`), then times
 * list requests through the real MSW handlers (fetch → msw/node → query engine → JSON).
 * Run: npx tsx bench/api.ts [--size 50000] [--runs 60]
 */
import { getDb, login, resetDb, server } from '../mocks/node';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const size = arg('size', 50_000);
const runs = arg('runs', 60);
const API = 'http://localhost/api';

const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;
const heapBefore = process.memoryUsage().heapUsed;
let t = performance.now();
resetDb(size);
const seedMs = performance.now() - t;
globalThis.gc?.();
const heapAfter = process.memoryUsage().heapUsed;

server.listen({ onUnhandledRequest: 'error' });
const token = await login('admin@newsdesk.test');
const headers = { Authorization: `Bearer ${token}` };

const list = (filter: object, sort = ['publishedAt', 'DESC'], range = [0, 24]) =>
  `${API}/articles?sort=${encodeURIComponent(JSON.stringify(sort))}&range=${encodeURIComponent(JSON.stringify(range))}&filter=${encodeURIComponent(JSON.stringify(filter))}`;
const ids = [...getDb().articles.rows.keys()].filter((_, i) => i % 1999 === 0).slice(0, 25);
// An article with a full 90-day window of metric rows.
const veteran = [...getDb().articles.rows.values()].find((a) => a.publishedAt && Date.parse(a.publishedAt) < Date.now() - 100 * 86_400_000)!;

const cases: [string, string][] = [
  ['default list (publishedAt DESC, 25)', list({})],
  ['q "ceasefire"', list({ q: 'ceasefire' })],
  ['q Arabic "بغداد"', list({ q: 'بغداد' })],
  ['status=published & categoryId=5', list({ status: 'published', categoryId: 5 })],
  ['section=1 & tagIds contains 22', list({ section: 1, tagIds: 22 })],
  ['getMany of 25 ids', `${API}/articles?filter=${encodeURIComponent(JSON.stringify({ id: ids }))}`],
  ['sorted by views DESC', list({}, ['views', 'DESC'])],
  ['metrics of one article (90 rows)', `${API}/metrics?filter=${encodeURIComponent(JSON.stringify({ articleId: veteran.id }))}&range=[0,89]`],
  ['metrics, all articles, page of 25', `${API}/metrics?range=[0,24]`],
];

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

console.log(`articles: ${size}`);
console.log(`seed: ${seedMs.toFixed(0)} ms`);
console.log(`heap used by the seeded db: ${mb(heapAfter - heapBefore)}${globalThis.gc ? '' : ' (run with node --expose-gc for an exact figure)'}`);
for (const [name, url] of cases) {
  t = performance.now();
  const first = await fetch(url, { headers });
  await first.json();
  const cold = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    t = performance.now();
    const res = await fetch(url, { headers });
    await res.json();
    times.push(performance.now() - t);
  }
  const total = first.headers.get('Content-Range')?.split('/')[1] ?? '-';
  console.log(
    `${name}: median ${percentile(times, 0.5).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms, first ${cold.toFixed(1)} ms, total ${total}`,
  );
}
console.log(`rss: ${mb(process.memoryUsage().rss)}, heap used: ${mb(process.memoryUsage().heapUsed)}`);
server.close();
