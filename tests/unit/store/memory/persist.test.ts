import { getDb, resetDb, store } from '../../../../mocks/node';
import { flushPersistence, loadOverlay, persistChange } from '../../../../server/store/memory/persist';

const SIZE = 60;
afterEach(() => (store.onChange = undefined));

/** What a page reload does: a fresh seed, then the stored overlay on top. */
const reload = async (size = SIZE) => {
  store.onChange = undefined;
  const db = resetDb(size);
  await loadOverlay(db, size);
  store.onChange = persistChange(getDb, () => size);
  return db;
};

describe('browser persistence (IndexedDB overlay over the seed)', () => {
  test('created, updated and deleted records, sessions and id counters survive a reload', async () => {
    let db = await reload();
    const seeded = db.articles.get(7)!;
    db.putArticle({ ...seeded, title: 'Edited', version: 2 });
    db.removeArticle(8);
    db.put(db.tags, { ...db.tags.get(1)!, id: db.tags.nextId, name: 'basra', slug: 'basra' });
    db.setSession('tok', { tokenHash: 'tok', userId: 2, expiresAt: 123 });
    await flushPersistence();

    db = await reload();
    expect(db.articles.get(7)?.title).toBe('Edited');
    expect(db.articles.get(8)).toBeUndefined();
    expect(db.articles.size).toBe(SIZE - 1);
    expect(db.tags.get(47)?.slug).toBe('basra');
    expect(db.tags.nextId).toBe(48);
    expect(db.sessions.get('tok')).toEqual({ tokenHash: 'tok', userId: 2, expiresAt: 123 });
    // Counters are rebuilt from the overlay: the deleted article no longer counts.
    const total = [...db.counters.category.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe([...db.articles.rows.values()].filter((a) => a.categoryId !== null).length);
  });

  test('a store written for another seed size is replaced, not misread', async () => {
    let db = await reload();
    db.removeArticle(5);
    await flushPersistence();
    db = await reload(SIZE + 1);
    expect(db.articles.get(5)).toBeDefined();
    db = await reload();
    expect(db.articles.get(5)).toBeDefined();
  });

  test('a demo reset forgets every stored change', async () => {
    let db = await reload();
    db.removeArticle(6);
    db.onChange?.({ kind: 'reset' });
    await flushPersistence();
    db = await reload();
    expect(db.articles.get(6)).toBeDefined();
  });
});
