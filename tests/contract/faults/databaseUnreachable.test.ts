import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runStatement } from '../../support/freshPostgres';
import { startServer, stopServer } from '../../support/serverProcess';
import { freePortIn, startTcpProxy, type TcpProxy } from '../../support/tcpProxy';

/**
 * The Node server (server/main.ts, its own process) on PostgreSQL through a TCP proxy that
 * stops answering, then refuses, then forwards again: requests answer 503 `{message}` within
 * 10 s instead of hanging, and the server recovers by itself. Runs in the contract suite's
 * PostgreSQL leg (`npm run test:contract:postgres`), on a database of its own in that server.
 */
const url = process.env.TEST_DATABASE_URL;
const onPostgres = process.env.NEWSDESK_TEST_STORE === 'postgres' && Boolean(url);
const database = `newsdesk_faults_${process.pid}`;

const admin = (statement: string) => runStatement(url!, statement);

describe.skipIf(!onPostgres)('the database unreachable (PostgreSQL, the Node server in its own process)', () => {
  let proxy: TcpProxy;
  let server: ChildProcess;
  let api: string;
  let token: string;

  /** A 503 with a message (the API) or the health check's own answer, in under 10 s. */
  const expectUnavailable = (answer: { status: number; body: Record<string, unknown>; ms: number }) => {
    expect(answer.status).toBe(503);
    if ('status' in answer.body) expect(answer.body.database).toBe('unreachable');
    else expect(typeof answer.body.message).toBe('string');
    expect(answer.ms).toBeLessThan(10_000);
  };

  const call = async (path: string, init: RequestInit = {}) => {
    const started = performance.now();
    const response = await fetch(`${api}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...init.headers },
      signal: AbortSignal.timeout(30_000),
    });
    const body = (await response.json()) as Record<string, unknown>;
    return { status: response.status, body, ms: performance.now() - started };
  };

  beforeAll(async () => {
    const target = new URL(url!);
    await admin(`CREATE DATABASE ${database}`);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) }, await freePortIn());
    const through = new URL(url!);
    through.host = `127.0.0.1:${proxy.port}`;
    through.pathname = `/${database}`;
    const port = await freePortIn();
    server = await startServer({ DATABASE_URL: through.href, PORT: String(port), HOST: '127.0.0.1', NEWSDESK_SEED_ARTICLES: '40' });
    api = `http://127.0.0.1:${port}/api`;
    const login = await fetch(`${api}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'editor@newsdesk.test', password: 'newsdesk' }),
    });
    token = ((await login.json()) as { token: string }).token;
  }, 240_000);

  afterAll(async () => {
    // A server still holding hung requests (the failure this test looks for) is killed after 10 s.
    await stopServer(server);
    await proxy?.close();
    if (onPostgres) await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  }, 60_000);

  it('answers 503 {message} within 10 s while the database hangs or refuses, and recovers by itself', async () => {
    expect((await call('/health')).status).toBe(200);
    const { body: article } = await call('/articles/1');
    expect(article.id).toBe(1);

    // The database stops answering: connections stay open, nothing comes back.
    await proxy.mode('hang');
    const hung = await Promise.all([
      call('/articles?range=[0,9]'),
      call('/articles/1', { method: 'PUT', body: JSON.stringify({ ...article, title: 'Saved while the database hung' }) }),
      call('/health'),
    ]);
    hung.forEach(expectUnavailable);
    console.log(`database hanging: answered in ${hung.map((a) => Math.round(a.ms)).join(', ')} ms`);

    // The database is stopped: connections reset, new ones refused.
    await proxy.mode('refuse');
    const refused = await Promise.all([call('/articles?range=[0,9]'), call('/auth/me'), call('/health')]);
    refused.forEach(expectUnavailable);
    console.log(`database refusing: answered in ${refused.map((a) => Math.round(a.ms)).join(', ')} ms`);

    // It is back: the server finds it without a restart, and the session held all along.
    await proxy.mode('pass');
    const back = performance.now();
    const deadline = Date.now() + 20_000;
    let health = await call('/health');
    while (health.status !== 200 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      health = await call('/health');
    }
    expect(health.status).toBe(200);
    console.log(`database back: health 200 after ${Math.round(performance.now() - back)} ms`);
    const saved = await call('/articles/1', { method: 'PUT', body: JSON.stringify({ ...article, title: 'Saved after the database came back' }) });
    expect(saved.status).toBe(200);
    expect((await call('/articles/1')).body.title).toBe('Saved after the database came back');
    expect(server.exitCode).toBeNull();
  }, 120_000);

  it('a statement stuck behind a lock held elsewhere is cancelled by the database after 5 s: 503, and the row is free again after', async () => {
    const { body: article } = await call('/articles/2');
    const locked = new URL(url!);
    locked.pathname = `/${database}`;
    const other = new pg.Client({ connectionString: locked.href });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT id FROM articles WHERE id = 2 FOR UPDATE');
      const stuck = await call('/articles/2', { method: 'PUT', body: JSON.stringify({ ...article, title: 'Waiting for a lock' }) });
      console.log(`statement behind a lock: answered ${stuck.status} in ${Math.round(stuck.ms)} ms`);
      expectUnavailable(stuck);
      expect(stuck.ms).toBeGreaterThan(4_000);
      await other.query('ROLLBACK');
    } finally {
      await other.end();
    }
    const saved = await call('/articles/2', { method: 'PUT', body: JSON.stringify({ ...article, title: 'Saved once the lock was gone' }) });
    expect(saved.status).toBe(200);
  }, 60_000);
});
