// @vitest-environment node
import { createApp } from '../../../server/app';
import { appFor, depsFor, memoryStore } from './harness';

/** The HTTP behaviour of the API app itself, through app.fetch (no port): what every place it runs gets. */

const token = async (app: ReturnType<typeof appFor>, email = 'admin@newsdesk.test') => {
  const res = await app.request('/api/auth/login', { method: 'POST', body: JSON.stringify({ email, password: 'newsdesk' }), headers: { 'Content-Type': 'application/json' } });
  return ((await res.json()) as { token: string }).token;
};

describe('the API as an HTTP service', () => {
  test('a JSON body over 5 MB answers 413 with a JSON message, whatever the route', async () => {
    const app = appFor(memoryStore());
    const auth = { Authorization: `Bearer ${await token(app)}`, 'Content-Type': 'application/json' };
    const big = JSON.stringify({ name: 'x'.repeat(5 * 1024 * 1024) });
    const res = await app.request('/api/tags', { method: 'POST', headers: auth, body: big });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ message: expect.stringMatching(/larger than 5 MB/) });
    // Just under the limit is read (and refused by validation, not by size).
    const under = await app.request('/api/tags', { method: 'POST', headers: auth, body: JSON.stringify({ name: 'x'.repeat(1000) }) });
    expect(under.status).toBe(400);
  });

  test('malformed JSON answers 400 with a JSON message', async () => {
    const app = appFor(memoryStore());
    const headers = { Authorization: `Bearer ${await token(app)}`, 'Content-Type': 'application/json' };
    const res = await app.request('/api/tags', { method: 'POST', headers, body: '{"name": "Rare' });
    expect(res.status).toBe(400);
    expect(res.headers.get('Content-Type')).toMatch(/application\/json/);
    expect(await res.json()).toMatchObject({ message: 'The body must be valid JSON' });
    const login = await app.request('/api/auth/login', { method: 'POST', body: '{email:', headers: { 'Content-Type': 'application/json' } });
    expect(login.status).toBe(400);
  });

  test('an unknown route under /api answers 404 JSON', async () => {
    const res = await appFor(memoryStore()).request('/api/nothing/here');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: 'No such endpoint: GET /api/nothing/here' });
  });

  test('an unexpected error answers 500 {message, requestId}; the stack goes to the log only', async () => {
    const store = memoryStore();
    const seen: { error: unknown; id: string }[] = [];
    const app = appFor(store, { onUnexpected: (error, _req, id) => void seen.push({ error, id }) });
    const auth = { Authorization: `Bearer ${await token(app)}` };
    store.db.tags.list = () => Promise.reject(new Error('disk on fire'));
    const res = await app.request('/api/tags', { headers: auth });
    expect(res.status).toBe(500);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toEqual({ message: 'Internal server error', requestId: expect.any(String) });
    expect(JSON.stringify(body)).not.toMatch(/disk on fire|at .*\.ts/);
    expect(res.headers.get('X-Request-Id')).toBe(body.requestId);
    expect(seen).toHaveLength(1);
    expect(seen[0].id).toBe(body.requestId);
    expect((seen[0].error as Error).stack).toMatch(/disk on fire/);
  });

  test('security headers on every answer, errors included', async () => {
    const app = appFor(memoryStore());
    for (const res of [await app.request('/api/health'), await app.request('/api/tags'), await app.request('/api/nope')]) {
      const csp = res.headers.get('Content-Security-Policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
      expect(res.headers.get('Referrer-Policy')).toBe('no-referrer');
      expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    }
  });

  test('no CORS headers at all unless origins are configured', async () => {
    const app = appFor(memoryStore());
    const res = await app.request('/api/tags', { headers: { Origin: 'https://elsewhere.example' } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull();
    const preflight = await app.request('/api/tags', { method: 'OPTIONS', headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'GET' } });
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  test('CORS for the configured origins only, exposing Content-Range', async () => {
    const app = appFor(memoryStore(), { corsOrigins: ['https://cms.example.com'] });
    const auth = `Bearer ${await token(app)}`;
    const res = await app.request('/api/tags?range=[0,4]', { headers: { Origin: 'https://cms.example.com', Authorization: auth } });
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://cms.example.com');
    expect(res.headers.get('Access-Control-Expose-Headers')).toContain('Content-Range');
    expect(res.headers.get('Content-Range')).toMatch(/^tags 0-4\/\d+$/);
    const preflight = await app.request('/api/tags/1', {
      method: 'OPTIONS',
      headers: { Origin: 'https://cms.example.com', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('PUT');
    expect(preflight.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('authorization');
    const other = await app.request('/api/tags', { headers: { Origin: 'https://evil.example', Authorization: auth } });
    expect(other.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  test('a list from another origin may send Range (every ra-data-simple-rest list) and Prefer', async () => {
    const app = appFor(memoryStore(), { corsOrigins: ['https://cms.example.com'] });
    const preflight = await app.request('/api/articles', {
      method: 'OPTIONS',
      headers: { Origin: 'https://cms.example.com', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization,prefer,range' },
    });
    expect(preflight.status).toBe(204);
    const allowed = preflight.headers.get('Access-Control-Allow-Headers')?.toLowerCase().split(/\s*,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'prefer', 'range']));
  });

  test('GET /api/health: 200 while the database answers, 503 when it does not', async () => {
    const store = memoryStore();
    const app = appFor(store);
    const ok = await app.request('/api/health');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok', database: 'ok' });
    store.ping = () => Promise.reject(new Error('connection refused'));
    const down = await app.request('/api/health');
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
  });

  test('GET /api/meta tells the app, before sign-in, whether the database holds demo data', async () => {
    const demo = await appFor(memoryStore()).request('/api/meta');
    expect(await demo.json()).toEqual({ demo: { resetByAnyone: false } });
    const production = await createApp(depsFor(memoryStore(), null)).request('/api/meta');
    expect(await production.json()).toEqual({ demo: null });
  });
});
