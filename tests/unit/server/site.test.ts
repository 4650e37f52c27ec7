// @vitest-environment node
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from '../../../server/node/startupError';
import { builtSpa, memoryStore, signIn, start, type Started } from './harness';

/** The Node server as a browser and an operator meet it: the SPA, its headers, the log. */

let server: Started | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

describe('the Node server', () => {
  test('serves the built SPA at / (no-cache) and hashed assets for a year, with the security headers', async () => {
    server = await start(memoryStore(), { NEWSDESK_STATIC_DIR: builtSpa() });
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('Content-Type')).toMatch(/text\/html/);
    expect(page.headers.get('Cache-Control')).toBe('no-cache');
    expect(await page.text()).toContain('<div id="root">');
    const csp = page.headers.get('Content-Security-Policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(page.headers.get('Referrer-Policy')).toBe('no-referrer');

    const asset = await fetch(`${server.url}/assets/index-abc123.js`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('Content-Type')).toMatch(/javascript/);
    expect(asset.headers.get('Content-Encoding')).toBe('gzip');
    expect(asset.headers.get('X-Content-Type-Options')).toBe('nosniff');

    const missing = await fetch(`${server.url}/nothing.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  test('answers the API under /api on the same port', async () => {
    server = await start(memoryStore(), { NEWSDESK_STATIC_DIR: builtSpa() });
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    const unknown = await fetch(`${server.url}/api/nope`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ message: expect.stringContaining('/api/nope') });
    const tooBig = await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'x'.repeat(6 * 1024 * 1024) });
    expect(tooBig.status).toBe(413);
  });

  test('writes one JSON log line per request: method, path, status, ms, user id, request id', async () => {
    server = await start(memoryStore(), { NEWSDESK_STATIC_DIR: builtSpa() });
    const { body } = await signIn(server.url, 'editor@newsdesk.test');
    server.logs.length = 0;
    const res = await fetch(`${server.url}/api/tags?range=[0,4]`, { headers: { Authorization: `Bearer ${body.token}` } });
    await fetch(`${server.url}/`);
    await fetch(`${server.url}/api/tags`);
    const lines = server.logs.filter((l) => l.msg === 'request');
    expect(lines).toEqual([
      { level: 'info', msg: 'request', method: 'GET', path: '/api/tags', status: 200, ms: expect.any(Number), userId: body.user!.id, requestId: res.headers.get('X-Request-Id') },
      { level: 'info', msg: 'request', method: 'GET', path: '/', status: 200, ms: expect.any(Number), userId: null, requestId: expect.any(String) },
      { level: 'info', msg: 'request', method: 'GET', path: '/api/tags', status: 401, ms: expect.any(Number), userId: null, requestId: expect.any(String) },
    ]);
  });

  test('an unexpected error is logged with its stack and request id; the answer has neither the stack nor the message', async () => {
    const store = memoryStore();
    server = await start(store);
    const { body } = await signIn(server.url, 'admin@newsdesk.test');
    store.db.authors.list = () => Promise.reject(new Error('socket hang up'));
    const res = await fetch(`${server.url}/api/authors`, { headers: { Authorization: `Bearer ${body.token}` } });
    const answer = (await res.json()) as { requestId: string };
    expect(res.status).toBe(500);
    expect(JSON.stringify(answer)).not.toContain('socket hang up');
    const logged = server.logs.find((l) => l.level === 'error');
    expect(logged).toMatchObject({ msg: 'unexpected error', requestId: answer.requestId, path: '/api/authors', error: 'socket hang up' });
    expect(String(logged?.stack)).toContain('socket hang up');
  });

  test('serves the API alone, with a warning, when there is no build', async () => {
    server = await start(memoryStore());
    expect((await fetch(`${server.url}/`)).status).toBe(404);
    expect(server.logs.some((l) => l.level === 'warn' && /no built dashboard/.test(l.msg))).toBe(true);
  });

  test('refuses to serve the in-browser demo build, whose service worker would keep the app from ever reaching the server', async () => {
    const dir = builtSpa();
    writeFileSync(join(dir, 'mockServiceWorker.js'), '');
    const store = memoryStore();
    let closed = false;
    store.close = async () => void (closed = true);
    await expect(start(store, { NEWSDESK_STATIC_DIR: dir })).rejects.toThrow(StartupError);
    await expect(start(memoryStore(), { NEWSDESK_STATIC_DIR: dir })).rejects.toThrow(/in-browser demo build/);
    expect(closed).toBe(true);
  });
});
