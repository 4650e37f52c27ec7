import { getDb, getSeedSize, resetDb, setChangeListener } from '../../../mocks/db';
import { flushPersistence, loadOverlay, persistChange } from '../../../mocks/persist';
import { reviewsByKey, saveReview } from '../../../mocks/reviews';

afterEach(() => setChangeListener(undefined));

const reload = async () => {
  setChangeListener(undefined);
  const db = resetDb(40);
  await loadOverlay(db, 40);
  setChangeListener(persistChange(getDb, getSeedSize));
  return db;
};

test('spike reviews survive a reload, like every other record', async () => {
  let db = await reload();
  saveReview(db, 7, 20_300, 3, 'Linked from a partner site', '2025-10-28T09:00:00.000Z');
  await flushPersistence();
  db = await reload();
  expect(reviewsByKey(db).get('7|2025-07-31')).toMatchObject({ note: 'Linked from a partner site', reviewedBy: 3 });
  expect(db.reviews.nextId).toBe(2);
});
