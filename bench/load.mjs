// `node bench/load.mjs` (or `npm run bench -- --load`): a bounded load test of the Node server
// on embedded PGlite, on loopback only. A newsroom's mix over LOAD_CONNECTIONS connections
// (default 50) for LOAD_SECONDS (default 30): article list 60 %, one article 25 %, a save 10 %
// (PUT with the version last seen, so two connections saving one article race: the loser's
// 409 is an expected answer, counted apart from errors), metrics 5 %. Prints requests per
// second, p50 and p99 latency, answers by kind and status, errors, requests lost on connections
// the server closed, and the load average.
//
// The database: LOAD_DATA_DIR, a NEWSDESK_DATA_DIR seeded once (LOAD_ARTICLES, default 50,000:
// seeding takes minutes, so keep the folder and pass it again); without it, a new temporary
// folder is seeded and removed afterwards. LOAD_URL measures a server that is already running.
// Not a test: every figure depends on the machine and its load.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startServer as spawnServer } from './lib.mjs';

const env = process.env;
const connections = Number(env.LOAD_CONNECTIONS ?? 50);
const seconds = Math.min(Number(env.LOAD_SECONDS ?? 30), 120);
const articles = env.LOAD_ARTICLES ?? '50000';
const mix = [['list', 60], ['get', 25], ['save', 10], ['metrics', 5]];

const startServer = async (dataDir) => {
  const server = await spawnServer({
    ...(env.LOAD_PORT ? { PORT: env.LOAD_PORT } : {}), NEWSDESK_DATA_DIR: dataDir,
    NEWSDESK_SEED_ARTICLES: articles, NEWSDESK_STATIC_DIR: join(dataDir, 'no-spa'),
  });
  const seeded = server.seededMs;
  console.log(`server up in ${(server.ms / 1000).toFixed(1)} s${seeded ? ` (seeding ${articles} articles: ${(seeded / 1000).toFixed(0)} s)` : ''}`);
  return server;
};

const json = async (url, init = {}) => {
  const res = await fetch(url, { ...init, headers: { 'Content-Type': 'application/json', ...init.headers } });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url}: ${res.status}`);
  return { body: await res.json(), headers: res.headers };
};

const run = async (base) => {
  const { body: login } = await json(`${base}/api/auth/login`, {
    method: 'POST', body: JSON.stringify({ email: 'editor@newsdesk.test', password: 'newsdesk' }),
  });
  const auth = { authorization: `Bearer ${login.token}`, 'content-type': 'application/json' };
  const { headers } = await json(`${base}/api/articles?range=[0,0]`, { headers: auth });
  const total = Number(/\/(\d+)$/.exec(headers.get('content-range'))[1]);

  // What a save sends: the article as last seen (a GET or a save's answer), so its version is current.
  const seen = new Map();
  const hot = Array.from({ length: 200 }, (_, i) => 1 + Math.floor((i * total) / 200));
  // Archived articles are out: only an admin may save one (the editor's 403 is not load).
  const editable = (record) => record.status !== 'archived';
  for (const id of hot.slice(0, 50)) {
    const { body } = await json(`${base}/api/articles/${id}`, { headers: auth });
    if (editable(body)) seen.set(id, body);
  }

  const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];
  const lists = [
    '{}', '{"status":"published"}', '{"status":"draft"}', '{"status":"scheduled"}', '{"lang":"ar"}', '{"isBreaking":true}',
  ];
  const metrics = ['/api/metrics/summary?period=7d', '/api/metrics/series?period=30d', '/api/metrics/top?period=7d', '/api/metrics/breakdown?by=section'];
  const kindOf = () => {
    let r = Math.random() * 100;
    for (const [kind, weight] of mix) if ((r -= weight) < 0) return kind;
    return 'list';
  };
  const counts = {};
  const count = (kind, status) => ((counts[kind] ??= {})[status] = (counts[kind][status] ?? 0) + 1);
  let saves = 0;
  const samples = {};
  const times = {};

  // Every request gets headers of its own: autocannon (9.0) writes a body's Content-Length into
  // the headers object it is given, and the object of a spread request is the shared one, so a
  // save's Content-Length went out with the GETs after it. The server then waited for a body that
  // never came, took the connection's next request for it, and the bench counted requests lost,
  // or timed out after 10 s (warm-up: 0.4 requests/s on one connection).
  const request = {
    setupRequest: (req, context) => {
      req = { ...req, headers: { ...auth } };
      const kind = kindOf();
      context.kind = kind;
      context.start = performance.now();
      if (kind === 'list') {
        const page = Math.random() < 0.7 ? 0 : Math.floor(Math.random() * 40);
        const q = `sort=${encodeURIComponent('["updatedAt","DESC"]')}&range=${encodeURIComponent(`[${page * 25},${page * 25 + 24}]`)}&filter=${encodeURIComponent(pick(lists))}`;
        return { ...req, method: 'GET', path: `/api/articles?${q}`, body: undefined };
      }
      if (kind === 'metrics') return { ...req, method: 'GET', path: pick(metrics), body: undefined };
      if (kind === 'save' && seen.size) {
        const article = pick([...seen.values()]);
        context.id = article.id;
        const body = JSON.stringify({ ...article, seoTitle: `Load test save ${++saves}` });
        return { ...req, method: 'PUT', path: `/api/articles/${article.id}`, body };
      }
      context.kind = 'get';
      context.id = Math.random() < 0.5 ? pick(hot) : 1 + Math.floor(Math.random() * total);
      return { ...req, method: 'GET', path: `/api/articles/${context.id}`, body: undefined };
    },
    onResponse: (status, body, context) => {
      count(context.kind, status);
      (times[context.kind] ??= []).push(performance.now() - context.start);
      if (status >= 400 && status !== 409) samples[`${context.kind} ${status}`] ??= `${context.id ?? ''} ${String(body).slice(0, 200)}`;
      if ((context.kind === 'get' || context.kind === 'save') && (status === 200 || status === 409)) {
        try {
          const parsed = JSON.parse(body);
          const record = status === 409 ? parsed.record : parsed;
          if (record?.id && editable(record) && (seen.has(record.id) || hot.includes(record.id))) seen.set(record.id, record);
        } catch {
          /* a body cut short is counted by its status already */
        }
      }
    },
  };

  // autocannon (9.0) reopens a connection the server closed, but neither fails the request that
  // was waiting on it nor takes it off the connection's queue: that request is counted nowhere
  // (no error, no timeout), and every later answer on the connection is timed from the lost
  // request's start (a p99 of 12 s, past the 10 s timeout, with 0 timeouts). The server closes
  // such connections when its keep-alive timeout passes with the request unread (what the shared
  // Content-Length above caused; none since).
  // `setupClient` hands us each connection: before it reconnects, the requests still queued
  // are counted as lost and dropped. `_connect` is private: the one hook between the close and
  // the reconnect (a timeout has emptied the queue already, so it adds nothing there).
  const lost = { requests: 0, connections: 0 };
  const setupClient = (client) => {
    const connect = client._connect;
    client._connect = function reconnect() {
      const waiting = this.conn ? this.pipelinedRequests.size() : 0;
      if (waiting) {
        lost.requests += waiting;
        lost.connections++;
        this.pipelinedRequests.clear();
      }
      return connect.call(this);
    };
  };

  // Warm-up, one request of each kind in turn (the first sanitised body loads jsdom, the first
  // metrics read their pages from disk), with its time: a restarted server pays these once.
  const cold = [];
  for (const path of [`/api/articles?range=[0,24]&sort=["updatedAt","DESC"]`, `/api/articles/${hot[1]}`, ...metrics]) {
    const t0 = performance.now();
    await json(`${base}${path}`, { headers: auth });
    cold.push(`${path.replace(/\?.*/, '')} ${Math.round(performance.now() - t0)} ms`);
  }
  const target = [...seen.values()][0];
  const t0 = performance.now();
  const { body: warmSaved } = await json(`${base}/api/articles/${target.id}`, { method: 'PUT', headers: auth, body: JSON.stringify({ ...target, seoTitle: 'Load test warm-up' }) });
  seen.set(warmSaved.id, warmSaved);
  cold.push(`save ${Math.round(performance.now() - t0)} ms`);
  console.log(`warm-up, one request each: ${cold.join(', ')}`);

  // One connection: the latency of the mix when requests do not queue.
  const baselineSeconds = Number(env.LOAD_BASELINE_SECONDS ?? 5);
  if (baselineSeconds > 0) {
    const one = await autocannon({ url: base, connections: 1, duration: baselineSeconds, headers: auth, requests: [request], timeout: 10, setupClient });
    console.log(`1 connection for ${baselineSeconds} s: ${one.requests.average.toFixed(1)} requests/s, p50 ${one.latency.p50} ms, p99 ${one.latency.p99} ms`);
    for (const k of Object.keys(counts)) delete counts[k];
    for (const k of Object.keys(times)) delete times[k];
    lost.requests = lost.connections = 0;
  }

  console.log(`load: ${connections} connections for ${seconds} s on ${total} articles; mix ${mix.map(([k, w]) => `${k} ${w} %`).join(', ')}`);
  const before = loadavg();
  const result = await autocannon({
    url: base, connections, duration: seconds, headers: auth, requests: [request], timeout: 10, setupClient,
  });
  const after = loadavg();

  const expected = (kind, status) => status < 300 || (kind === 'save' && Number(status) === 409);
  const failures = Object.entries(counts).flatMap(([kind, byStatus]) =>
    Object.entries(byStatus).filter(([status]) => !expected(kind, Number(status))).map(([status, n]) => `${kind} ${status}: ${n}`));
  console.log(`requests/s: ${result.requests.average.toFixed(0)} (total ${result.requests.total} in ${result.duration.toFixed(1)} s)`);
  const pct = (xs, p) => Math.round([...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]);
  // The bench's own clock (setupRequest to onResponse) checks autocannon's: they agree once lost
  // requests leave the queue.
  const all = Object.values(times).flat();
  console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms (the bench's own clock: p50 ${pct(all, 50)}, p99 ${pct(all, 99)}, max ${pct(all, 100)} ms)`);
  for (const [kind, byStatus] of Object.entries(counts)) {
    const t = times[kind] ?? [];
    console.log(`  ${kind.padEnd(8)} ${Object.entries(byStatus).map(([s, n]) => `${s}: ${n}`).join(', ')}; p50 ${pct(t, 50)} ms, p99 ${pct(t, 99)} ms`);
  }
  console.log(`save conflicts (409, expected when two connections save one article): ${counts.save?.[409] ?? 0}`);
  console.log(`non-2xx other than those 409s: ${failures.length ? failures.join('; ') : 0}`);
  for (const [what, sample] of Object.entries(samples)) console.log(`  first ${what}: ${sample}`);
  console.log(`errors: ${result.errors} (of which timeouts after 10 s: ${result.timeouts})`);
  console.log(`requests lost on a connection the server closed (not answered, not in the errors): ${lost.requests} on ${lost.connections} connections`);
  const unanswered = result.requests.sent - result.requests.total - result.timeouts - lost.requests;
  console.log(`requests sent ${result.requests.sent}, answered ${result.requests.total}; still waiting when the ${seconds} s ended: ${unanswered}`);
  console.log(`load average before ${before.map((x) => x.toFixed(2)).join(' ')}, after ${after.map((x) => x.toFixed(2)).join(' ')} (${(await import('node:os')).cpus().length} cores)`);
  return failures.length + result.errors + lost.requests;
};

if (env.LOAD_URL) {
  process.exitCode = (await run(env.LOAD_URL)) ? 1 : 0;
} else {
  const fresh = !env.LOAD_DATA_DIR;
  const dataDir = env.LOAD_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'newsdesk-load-'));
  if (fresh) console.log(`seeding ${articles} articles into ${dataDir} (minutes; pass LOAD_DATA_DIR to reuse a folder)`);
  const server = await startServer(dataDir);
  try {
    process.exitCode = (await run(server.url)) ? 1 : 0;
  } finally {
    await server.stop();
    if (fresh) rmSync(dataDir, { recursive: true, force: true });
  }
}
