import { getDb, resetDb, store } from '../../../../mocks/node';
import { flushPersistence, loadOverlay, persistChange } from '../../../../server/store/memory/persist';

afterEach(() => (store.onChange = undefined));

const reload = async () => {
  store.onChange = undefined;
  const db = resetDb(40);
  await loadOverlay(db, 40);
  store.onChange = persistChange(getDb, () => 40);
  return db;
};

test('spike reviews survive a reload, like every other record', async () => {
  let db = await reload();
  const review = { articleId: 7, date: '2025-07-31', note: 'Linked from a partner site', reviewedBy: 3, reviewerName: 'Huda Karim', reviewedAt: '2025-10-28T09:00:00.000Z' };
  db.put(db.reviews, { id: db.reviews.nextId, ...review });
  await flushPersistence();
  db = await reload();
  expect([...db.reviews.rows.values()].find((r) => r.articleId === 7 && r.date === '2025-07-31')).toMatchObject({ note: 'Linked from a partner site', reviewedBy: 3 });
  expect(db.reviews.nextId).toBe(2);
});
