import { Overlay } from '../../../../server/store/browser/overlay';
import { legacyOverlay } from '../../../../server/store/browser/legacy';
import { browser, signIn } from './tabsHarness';

let current: ReturnType<typeof browser>;
afterEach(() => current.closeAll());

describe('the shared overlay across reloads', () => {
  test('records created, updated and deleted, sessions and id counters survive the last tab closing', async () => {
    current = browser();
    const a = await current.openTab();
    const token = await signIn(a, 'admin');
    const t = a.store.memory.tables;
    const seeded = (await a.call('GET', '/articles/7', token)).json;
    await a.call('PUT', '/articles/7', token, { ...seeded, title: 'Edited' });
    await a.call('DELETE', '/articles/8', token);
    const tag = (await a.call('POST', '/tags', token, { name: 'basra', slug: 'basra' })).json;
    const articles = t.articles.size;
    await a.close();

    const b = await current.openTab();
    const r = b.store.memory.tables;
    expect(r.articles.get(7)?.title).toBe('Edited');
    expect(r.articles.get(8)).toBeUndefined();
    expect(r.articles.size).toBe(articles);
    expect(r.tags.get(tag.id as number)?.slug).toBe('basra');
    expect(r.tags.nextId).toBe((tag.id as number) + 1);
    expect((await b.call('GET', '/auth/me', token)).status).toBe(200);
    // Counters are rebuilt from the overlay: the deleted article no longer counts.
    const total = [...r.counters.category.values()].reduce((x, y) => x + y, 0);
    expect(total).toBe([...r.articles.rows.values()].filter((x) => x.categoryId !== null).length);
  });

  test('spike reviews survive too, like every other record', async () => {
    current = browser();
    const a = await current.openTab();
    const review = { articleId: 7, date: '2025-07-31', note: 'Linked from a partner site', reviewedBy: 3, reviewerName: 'Huda Karim', reviewedAt: '2025-10-28T09:00:00.000Z' };
    const stored = await a.store.tx((db) => db.reviews.insert(review));
    await a.close();
    const b = await current.openTab();
    expect(b.store.memory.tables.reviews.get(stored.id)).toMatchObject({ note: 'Linked from a partner site', reviewedBy: 3 });
    expect(b.store.memory.tables.reviews.nextId).toBe(stored.id + 1);
  });

  test('a save whose changes cannot be stored is refused (503) and undone in the tab', async () => {
    current = browser();
    const a = await current.openTab();
    const token = await signIn(a);
    const seeded = (await a.call('GET', '/articles/9', token)).json;
    const commit = vi.spyOn(Overlay.prototype, 'commit').mockRejectedValueOnce(new Error('QuotaExceededError'));
    const refused = await a.call('PUT', '/articles/9', token, { ...seeded, title: 'Never stored' });
    commit.mockRestore();
    expect(refused.status).toBe(503);
    expect((await a.call('GET', '/articles/9', token)).json).toMatchObject({ title: seeded.title, version: seeded.version });
    const b = await current.openTab();
    expect((await b.call('GET', '/articles/9', token)).json.title).toBe(seeded.title);
  });

  test('changes stored by the demo before tabs shared it are taken over once', async () => {
    current = browser();
    const old = indexedDB.open('newsdesk-embedded');
    old.onupgradeneeded = () => old.result.createObjectStore('overlay');
    const db = await new Promise<IDBDatabase>((resolve) => (old.onsuccess = () => resolve(old.result)));
    const tx = db.transaction('overlay', 'readwrite');
    tx.objectStore('overlay').put({ schema: 2, seedSize: current.seedSize }, 'meta');
    tx.objectStore('overlay').put(null, 'r:articles:4');
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();

    const a = await current.openTab();
    expect(a.store.memory.tables.articles.get(4)).toBeUndefined();
    expect(a.store.memory.tables.articles.get(5)).toBeDefined();
    // Taken over, then gone: a later size finds nothing to take.
    expect(await legacyOverlay(indexedDB, current.seedSize)).toEqual([]);
  });
});
