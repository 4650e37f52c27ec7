// @vitest-environment node
import { StartupError } from '../../../server/node/startupError';
import { memoryStore, signIn, start, type Started } from './harness';

/** What a new database gets at the first start: the demo newsroom, or the first admin, or a refusal. */

let server: Started | null = null;
afterEach(async () => {
  await server?.stop();
  server = null;
});

const admin = { NEWSDESK_DEMO: '0', NEWSDESK_ADMIN_EMAIL: 'Chief@Paper.example', NEWSDESK_ADMIN_PASSWORD: 'a long enough secret' };

describe('first start', () => {
  test('refuses to start on an empty database without demo data and without a first admin, saying what to set', async () => {
    const store = memoryStore('empty');
    const failure = start(store, { NEWSDESK_DEMO: '0' });
    await expect(failure).rejects.toThrow(StartupError);
    await expect(start(memoryStore('empty'), { NEWSDESK_DEMO: '0' })).rejects.toThrow(/NEWSDESK_ADMIN_EMAIL and NEWSDESK_ADMIN_PASSWORD/);
    expect(await store.isEmpty()).toBe(true);
  });

  test('creates the first admin from the environment, who signs in; no demo account exists and the app is told so', async () => {
    const store = memoryStore('empty');
    server = await start(store, admin);
    const signedIn = await signIn(server.url, 'chief@paper.example', 'a long enough secret');
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({ email: 'chief@paper.example', role: 'admin', active: true });
    expect((await signIn(server.url, 'admin@newsdesk.test')).status).toBe(401);
    expect(await (await fetch(`${server.url}/api/meta`)).json()).toEqual({ demo: null });
    const reset = await fetch(`${server.url}/api/demo/reset`, { method: 'POST', headers: { Authorization: `Bearer ${signedIn.body.token}` } });
    expect(reset.status).toBe(404);
    const log = await fetch(`${server.url}/api/activity`, { headers: { Authorization: `Bearer ${signedIn.body.token}` } });
    expect(await log.json()).toEqual([expect.objectContaining({ action: 'create', resource: 'users', userId: null, label: 'chief@paper.example' })]);
  });

  test('the admin settings are used only once: a database with users keeps them', async () => {
    const store = memoryStore('empty');
    server = await start(store, admin);
    await server.stop();
    server = await start(store, { ...admin, NEWSDESK_ADMIN_EMAIL: 'other@paper.example' });
    expect((await signIn(server.url, 'other@paper.example', 'a long enough secret')).status).toBe(401);
    expect((await signIn(server.url, 'chief@paper.example', 'a long enough secret')).status).toBe(200);
  });

  test('seeds a new database with the demo newsroom and records it, so the login page lists the demo accounts', async () => {
    const store = memoryStore('empty');
    server = await start(store, { NEWSDESK_SEED_ARTICLES: '30' });
    expect(await store.meta.get('demo')).toBe(JSON.stringify({ seedSize: 30 }));
    expect((await store.db.articles.list({ where: [], sort: [['id', 'ASC']], range: [0, 0] })).total).toBe(30);
    expect(await (await fetch(`${server.url}/api/meta`)).json()).toEqual({ demo: { resetByAnyone: false } });
    const editor = await signIn(server.url, 'editor@newsdesk.test');
    expect(editor.status).toBe(200);
    // On a shared server only an admin resets the newsroom everybody works in.
    const reset = await fetch(`${server.url}/api/demo/reset`, { method: 'POST', headers: { Authorization: `Bearer ${editor.body.token}` } });
    expect(reset.status).toBe(403);
  });

  test('a database that holds demo data stays a demo database whatever NEWSDESK_DEMO says; one without stays without', async () => {
    const demoStore = memoryStore('empty');
    server = await start(demoStore);
    await server.stop();
    server = await start(demoStore, { NEWSDESK_DEMO: '0' });
    expect(await (await fetch(`${server.url}/api/meta`)).json()).toEqual({ demo: { resetByAnyone: false } });
    await server.stop();
    const production = memoryStore('empty');
    server = await start(production, admin);
    await server.stop();
    server = await start(production, { NEWSDESK_DEMO: '1' });
    expect(await (await fetch(`${server.url}/api/meta`)).json()).toEqual({ demo: null });
    expect((await signIn(server.url, 'admin@newsdesk.test')).status).toBe(401);
  });
});
