// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../../src/schemas';
import type { SqlStore } from '../../../server/store/sql';
import type { ArticleRow, ListQuery } from '../../../server/store/types';
import { seed200, sqlStoreKinds } from './sqlStores';

const all = (where: ListQuery['where'] = []): ListQuery => ({ where, sort: [['id', 'ASC']], range: null });

/**
 * The counts the database keeps (a tag's `articleCount`, the status counts unfiltered and by
 * language) against brute force, the articles counted in JavaScript, after each kind of change
 * the triggers follow, and after they are folded.
 */
describe.each(sqlStoreKinds())('kept counts equal the articles counted ($name)', ({ open }) => {
  let store: SqlStore;
  beforeAll(async () => {
    store = await open();
    await store.load(seed200);
  }, 120_000);
  afterAll(() => store?.close());

  const expectCountsRight = async () => {
    const articles = (await store.db.articles.list(all())).rows;
    const tags = (await store.db.tags.list(all())).rows;
    expect(new Map(tags.map((t) => [t.id, t.articleCount])))
      .toEqual(new Map(tags.map((t) => [t.id, articles.filter((a) => a.tagIds.includes(t.id)).length])));
    for (const langs of [undefined, ['ar'], ['en'], ['en', 'ar']]) {
      const expected: Record<string, number> = {};
      for (const a of articles) if (!langs || langs.includes(a.lang)) expected[a.status] = (expected[a.status] ?? 0) + 1;
      const got = await store.db.articles.countBy('status', all(langs ? [{ field: 'lang', op: 'in', values: langs }] : []));
      expect(Object.fromEntries(Object.entries(got).filter(([, n]) => n !== 0))).toEqual(expected);
    }
  };
  const rowOf = (a: Article): ArticleRow => {
    const row: Partial<Article> = { ...a };
    for (const k of ['id', 'version', 'views', 'shares'] as const) delete row[k];
    return row as ArticleRow;
  };
  const first = async (n: number) => (await store.db.articles.list({ where: [], sort: [['id', 'ASC']], range: [0, n - 1] })).rows;

  test('after the seed is loaded', expectCountsRight);

  test('after articles are created, retagged, moved to another status and language, and deleted', async () => {
    const [a, b, c, d] = await first(4);
    await store.db.articles.insert({ ...rowOf(a), slug: `${a.slug}-copy`, status: 'draft', publishedAt: null, tagIds: [1, 2, 2] });
    expect(await store.db.articles.update(b.id, { ...rowOf(b), tagIds: [3, ...b.tagIds.filter((t) => t !== 3)] }, b.version)).not.toBeNull();
    expect(await store.db.articles.update(c.id, { ...rowOf(c), status: 'archived', lang: c.lang === 'en' ? 'ar' : 'en', slug: `${c.slug}-moved`, tagIds: [] }, c.version)).not.toBeNull();
    expect(await store.db.articles.remove(d.id)).toBe(true);
    await expectCountsRight();
  });

  test('after a change undone by its transaction', async () => {
    const [a] = await first(1);
    await expect(store.tx(async (db) => {
      await db.articles.update(a.id, { ...rowOf(a), status: 'in_review', tagIds: [4, 5] }, a.version);
      throw new Error('undo');
    })).rejects.toThrow('undo');
    await expectCountsRight();
  });

  test('after saves at once (on PostgreSQL, concurrent transactions)', async () => {
    const some = await first(12);
    await Promise.all(some.map((a, i) =>
      i % 2 ? store.db.articles.update(a.id, { ...rowOf(a), status: 'draft', publishedAt: null, tagIds: [6, 7, 8] }, a.version)
        : store.db.articles.insert({ ...rowOf(a), slug: `${a.slug}-again`, tagIds: [8, 7] })));
    await expectCountsRight();
  });

  test('after they are folded into one row per key', async () => {
    await store.tidy();
    const rows = (await store.db.articles.countBy('status', all()));
    expect(Object.values(rows).reduce((s, n) => s + n, 0)).toBe((await store.db.articles.list(all())).total);
    await expectCountsRight();
  });
});
