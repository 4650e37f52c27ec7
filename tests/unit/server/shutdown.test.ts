// @vitest-environment node
import { memoryStore, signIn, start } from './harness';

/** A graceful stop (what SIGTERM and SIGINT run): no new connections, requests in flight finish, then the database closes. */

describe('graceful shutdown', () => {
  test('finishes a request in flight, refuses new connections, then closes the database', async () => {
    const store = memoryStore();
    let closed = false;
    store.close = async () => void (closed = true);
    const server = await start(store);
    const { body } = await signIn(server.url, 'admin@newsdesk.test');

    let release!: () => void;
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    const gate = new Promise<void>((r) => (release = r));
    const list = store.db.tags.list;
    store.db.tags.list = async (q) => {
      entered();
      await gate;
      return list(q);
    };

    const inFlight = fetch(`${server.url}/api/tags`, { headers: { Authorization: `Bearer ${body.token}` } });
    await inside;
    let stopped = false;
    const stopping = server.stop().then(() => void (stopped = true));

    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 100));
    expect(stopped).toBe(false);
    expect(closed).toBe(false);

    release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(Array.isArray(await res.json())).toBe(true);
    await stopping;
    expect(closed).toBe(true);
  });

  test('cuts a connection still busy after the bounded wait, and closes the database all the same', async () => {
    const store = memoryStore();
    let closed = false;
    store.close = async () => void (closed = true);
    const server = await start(store, {}, { shutdownTimeoutMs: 200 });
    const { body } = await signIn(server.url, 'admin@newsdesk.test');
    let entered!: () => void;
    const inside = new Promise<void>((r) => (entered = r));
    store.db.tags.list = () => {
      entered();
      return new Promise(() => undefined);
    };
    const stuck = fetch(`${server.url}/api/tags`, { headers: { Authorization: `Bearer ${body.token}` } }).catch((e: unknown) => e);
    await inside;
    const t = performance.now();
    await server.stop();
    expect(performance.now() - t).toBeLessThan(2000);
    expect(closed).toBe(true);
    expect(await stuck).toBeInstanceOf(Error);
  });
});
