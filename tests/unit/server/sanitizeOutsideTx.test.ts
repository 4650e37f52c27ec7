// @vitest-environment node
import { createApp } from '../../../server/app';
import { nodeSanitize } from '../../../server/node/sanitize';
import type { Store } from '../../../server/store/types';
import { depsFor, memoryStore } from './harness';

type Rec = { id: number; version: number; body: string } & Record<string, unknown>;

/**
 * Article HTML is sanitised before the write's transaction begins: jsdom must not hold PGlite
 * (one statement at a time) or a PostgreSQL row lock. Every save path: create, update, restore.
 */
test('sanitising runs outside every transaction, and what is stored is sanitised', async () => {
  const store = memoryStore();
  let open = 0;
  const tx = store.tx.bind(store);
  store.tx = (async (fn) => {
    open++;
    try {
      return await tx(fn);
    } finally {
      open--;
    }
  }) as Store['tx'];
  const insideTx: boolean[] = [];
  const app = createApp({ ...depsFor(store), sanitize: (html) => (insideTx.push(open > 0), nodeSanitize(html)) });
  const login = await app.request('/api/auth/login', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'admin@newsdesk.test', password: 'newsdesk' }),
  });
  const headers = { Authorization: `Bearer ${((await login.json()) as { token: string }).token}`, 'Content-Type': 'application/json' };
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await app.request(`/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    expect(res.status, `${method} ${path}`).toBeLessThan(300);
    return res.json() as Promise<Rec>;
  };
  const dirty = '<p>Kept.</p><script>alert(1)</script>';

  const created = await call('POST', '/articles', { title: 'Sanitised outside', lang: 'en', body: dirty });
  expect(created.body).toBe('<p>Kept.</p>');
  const updated = await call('PUT', `/articles/${created.id}`, { ...created, body: `${dirty}<p>Again.</p>` });
  expect(updated.body).toBe('<p>Kept.</p><p>Again.</p>');
  const revisions = (await call('GET', `/revisions?filter=${encodeURIComponent(JSON.stringify({ articleId: created.id }))}`)) as unknown as Rec[];
  const first = revisions.find((r) => r.version === created.version)!;
  const restored = await call('POST', `/articles/${created.id}/restore`, { revisionId: first.id, version: updated.version });
  expect(restored.body).toBe('<p>Kept.</p>');

  expect(insideTx.length).toBeGreaterThanOrEqual(3);
  expect(insideTx.every((inside) => !inside)).toBe(true);
});
