// @vitest-environment node
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ReferenceViolation, StoreUnavailable, UniqueViolation } from '../../../server/store/errors';
import { createSqlStore } from '../../../server/store/sql';
import type { SqlStore } from '../../../server/store/sql';
import type { ArticleRow, CategoryRow, ListQuery } from '../../../server/store/types';
import { NOW, seed200, sqlStoreKinds } from './sqlStores';

const iso = new Date(NOW).toISOString();
const audit = { createdAt: iso, updatedAt: iso, createdBy: 1, updatedBy: 1 };
const draft = (over: Partial<ArticleRow> = {}): ArticleRow => ({
  title: 'A test story', slug: `test-story-${Math.random().toString(36).slice(2, 8)}`, lang: 'en', translationOf: null,
  summary: '', body: '<p>Text.</p>', categoryId: 9, tagIds: [3, 1], authorId: 2, featuredImage: null, status: 'draft',
  publishAt: null, publishedAt: null, isBreaking: false, isFeatured: false, slugLine: '', copyright: '', seoTitle: '',
  seoDescription: '', ...audit, ...over,
});
/** The stored fields of a record: what an update writes. */
const writable = <R extends { id: number; version: number }>(r: R, ...derived: (keyof R)[]) => {
  const row: Partial<R> = { ...r };
  for (const k of ['id', 'version', ...derived] as (keyof R)[]) delete row[k];
  return row;
};
const q = (over: Partial<ListQuery>): ListQuery => ({ where: [], sort: [['id', 'ASC']], range: null, ...over });
const ids = (rows: { id: number }[]) => rows.map((r) => r.id);
const seedIds = (keep: (a: (typeof seed200.articles)[number]) => boolean) => seed200.articles.filter(keep).map((a) => a.id);

describe.each(sqlStoreKinds())('SQL store ($name)', ({ open }) => {
  let store: SqlStore;
  beforeAll(async () => {
    store = await open();
    expect(await store.isEmpty()).toBe(true);
    await store.load(seed200);
  }, 120_000);
  afterAll(() => store?.close());

  test('the seed loads with its ids, and new ids follow them', async () => {
    expect(await store.isEmpty()).toBe(false);
    await store.ping();
    const first = seed200.articles[0];
    const a = (await store.db.articles.get(first.id))!;
    expect(a).toMatchObject({ title: first.title, tagIds: first.tagIds, featuredImage: first.featuredImage, publishedAt: first.publishedAt });
    expect((await store.db.articles.list(q({ range: [0, 0] }))).total).toBe(200);
    const created = await store.db.articles.insert(draft());
    expect(created.id).toBe(201);
    expect(created).toMatchObject({ version: 1, views: 0, shares: 0, tagIds: [3, 1], featuredImage: null, createdAt: iso });
    expect(await store.db.articles.remove(created.id)).toBe(true);
  });

  test('filters: in (null matches a missing value), nin keeps missing values, tags, ranges', async () => {
    const list = async (where: ListQuery['where']) => ids((await store.db.articles.list(q({ where }))).rows);
    expect(await list([{ field: 'status', op: 'in', values: ['draft', 'archived'] }]))
      .toEqual(seedIds((a) => a.status === 'draft' || a.status === 'archived'));
    expect(await list([{ field: 'publishAt', op: 'in', values: [null] }])).toEqual(seedIds((a) => a.publishAt === null));
    expect(await list([{ field: 'translationOf', op: 'nin', values: [seed200.articles.find((a) => a.translationOf)!.translationOf] }]))
      .toEqual(seedIds((a) => a.translationOf !== seed200.articles.find((x) => x.translationOf)!.translationOf));
    expect(await list([{ field: 'publishedAt', op: 'nin', values: [null] }])).toEqual(seedIds((a) => a.publishedAt !== null));
    expect(await list([{ field: 'tagIds', op: 'in', values: [3, 7] }])).toEqual(seedIds((a) => a.tagIds.some((t) => t === 3 || t === 7)));
    expect(await list([{ field: 'tagIds', op: 'nin', values: [3] }])).toEqual(seedIds((a) => !a.tagIds.includes(3)));
    const since = new Date(NOW - 5 * 86_400_000).toISOString();
    expect(await list([{ field: 'publishedAt', op: 'gte', value: since }]))
      .toEqual(seedIds((a) => a.publishedAt !== null && a.publishedAt >= since));
    expect(await list([{ field: 'isBreaking', op: 'in', values: [true] }, { field: 'lang', op: 'in', values: ['en'] }]))
      .toEqual(seedIds((a) => a.isBreaking && a.lang === 'en'));
  });

  test('sorts: NULL smallest, text case-insensitive, false before true; total ignores the range', async () => {
    const byPublished = await store.db.articles.list(q({ sort: [['publishedAt', 'DESC'], ['id', 'DESC']], range: [0, 199] }));
    const expected = [...seed200.articles].sort((a, b) =>
      a.publishedAt === b.publishedAt ? b.id - a.id : a.publishedAt === null ? 1 : b.publishedAt === null ? -1 : b.publishedAt.localeCompare(a.publishedAt));
    expect(ids(byPublished.rows)).toEqual(expected.map((a) => a.id));
    const asc = await store.db.articles.list(q({ sort: [['publishAt', 'ASC'], ['id', 'ASC']], range: [0, 0] }));
    expect(asc.rows[0].publishAt).toBeNull();
    const titles = await store.db.articles.list(q({ sort: [['title', 'ASC'], ['id', 'ASC']] }));
    const lower = titles.rows.map((a) => a.title.toLowerCase());
    expect(lower).toEqual([...lower].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const flags = await store.db.articles.list(q({ sort: [['isBreaking', 'ASC'], ['id', 'ASC']] }));
    expect(flags.rows.findIndex((a) => a.isBreaking)).toBe(flags.rows.length - seedIds((a) => a.isBreaking).length);
    const page = await store.db.articles.list(q({ where: [{ field: 'status', op: 'in', values: ['published'] }], range: [10, 19] }));
    expect(page.total).toBe(seedIds((a) => a.status === 'published').length);
    expect(ids(page.rows)).toEqual(seedIds((a) => a.status === 'published').slice(10, 20));
    expect((await store.db.articles.list(q({ range: [500, 524] })))).toEqual({ rows: [], total: 200 });
    const byViews = await store.db.articles.list(q({ sort: [['views', 'DESC'], ['id', 'ASC']], range: [0, 4] }));
    expect(byViews.rows.map((a) => a.views)).toEqual([...byViews.rows.map((a) => a.views)].sort((a, b) => b - a));
  });

  test('counts: articleCount, usageCount, countBy status', async () => {
    const tags = await store.db.tags.list(q({ sort: [['articleCount', 'DESC'], ['id', 'ASC']], range: [0, 0] }));
    const count = (t: number) => seed200.articles.filter((a) => a.tagIds.includes(t)).length;
    expect(tags.rows[0].articleCount).toBe(Math.max(...seed200.tags.map((t) => count(t.id))));
    const credit = (await store.db.photoCredits.get(1))!;
    expect(credit.usageCount).toBe(seed200.articles.filter((a) => a.featuredImage?.photoCreditId === 1).length);
    const statuses = await store.db.articles.countBy('status', q({ where: [{ field: 'lang', op: 'in', values: ['ar'] }] }));
    expect(statuses.published).toBe(seed200.articles.filter((a) => a.lang === 'ar' && a.status === 'published').length);
    const cats = await store.db.categories.list(q({ q: 'NEWS' }));
    expect(ids(cats.rows)).toEqual([1, 2]);
  });

  test('unique keys answer UniqueViolation with the API field', async () => {
    const taken = seed200.articles[0];
    await expect(store.db.articles.insert(draft({ slug: taken.slug }))).rejects.toEqual(new UniqueViolation('slug'));
    const other = await store.db.articles.insert(draft({ slug: taken.slug, lang: 'ar' }));
    await store.db.articles.remove(other.id);
    await expect(store.db.tags.insert({ name: 'x', slug: 'china', ...audit })).rejects.toEqual(new UniqueViolation('slug'));
    await expect(store.db.users.insert({ name: 'A', email: 'ADMIN@newsdesk.test', role: 'editor', active: true, authorId: null, lastLoginAt: null, ...audit }))
      .rejects.toEqual(new UniqueViolation('email'));
    const review = { articleId: 1, date: '2025-10-20', note: '', reviewedBy: 1, reviewerName: 'Admin', reviewedAt: iso };
    const r = await store.db.reviews.insert(review);
    expect(r).toMatchObject(review);
    await expect(store.db.reviews.insert(review)).rejects.toEqual(new UniqueViolation('date'));
    await store.db.reviews.remove(r.id);
  });

  test('references: a missing one is refused on write, one in use on delete', async () => {
    const missing = (field: string) => new ReferenceViolation('missing', field);
    await expect(store.db.articles.insert(draft({ categoryId: 999 }))).rejects.toEqual(missing('categoryId'));
    await expect(store.db.articles.insert(draft({ authorId: 999 }))).rejects.toEqual(missing('authorId'));
    await expect(store.db.articles.insert(draft({ tagIds: [999] }))).rejects.toEqual(missing('tagIds'));
    await expect(store.db.articles.insert(draft({ translationOf: 99_999 }))).rejects.toEqual(missing('translationOf'));
    await expect(store.db.articles.insert(draft({ featuredImage: { url: 'https://x.test/a.jpg', alt: 'a', caption: '', photoCreditId: 999 } })))
      .rejects.toEqual(missing('featuredImage.photoCreditId'));
    await expect(store.db.categories.remove(9)).rejects.toEqual(new ReferenceViolation('in_use', 'categoryId'));
    await expect(store.db.categories.remove(1)).rejects.toBeInstanceOf(ReferenceViolation);
    await expect(store.db.tags.remove(3)).rejects.toEqual(new ReferenceViolation('in_use', 'tagIds'));
    expect((await store.db.tags.list(q({ range: [0, 0] }))).total).toBe(seed200.tags.length);
    // An author linked to a user only: the user stays, unlinked.
    const author = await store.db.authors.insert({ name: 'Temp', kind: 'staff', bio: { en: '', ar: '' }, email: '', avatarUrl: '', website: '', ...audit });
    const user = await store.db.users.insert({ name: 'T', email: 't@newsdesk.test', role: 'editor', active: true, authorId: author.id, lastLoginAt: null, ...audit });
    expect(await store.db.authors.remove(author.id)).toBe(true);
    expect((await store.db.users.get(user.id))!.authorId).toBeNull();
    await store.db.users.remove(user.id);
  });

  test('a version-checked update: the current version saves (+1), a stale one answers null', async () => {
    const a = (await store.db.articles.get(5))!;
    const { id, version } = a;
    const row = writable(a, 'views', 'shares') as ArticleRow;
    const saved = await store.db.articles.update(id, { ...row, title: 'Changed', tagIds: [2] }, version);
    expect(saved).toMatchObject({ title: 'Changed', version: version + 1, tagIds: [2], views: a.views });
    expect(await store.db.articles.update(id, { ...row, title: 'Stale' }, version)).toBeNull();
    expect(await store.db.articles.update(99_999, row, 1)).toBeNull();
    expect((await store.db.articles.get(id))!.title).toBe('Changed');
  });

  test('publishing an article gives it traffic; unpublishing takes it away', async () => {
    const created = await store.db.articles.insert(draft({ status: 'published', publishedAt: new Date(NOW - 3 * 86_400_000).toISOString() }));
    expect(created.views).toBeGreaterThan(0);
    expect(await store.db.metrics.span(created.id)).not.toBeNull();
    const { id, version } = created;
    const row = writable(created, 'views', 'shares') as ArticleRow;
    const back = await store.db.articles.update(id, { ...row, status: 'draft', publishedAt: null }, version);
    expect(back).toMatchObject({ views: 0, shares: 0 });
    expect(await store.db.articles.remove(id)).toBe(true);
  });

  test('a throwing tx leaves nothing behind', async () => {
    await expect(store.tx(async (db) => {
      await db.tags.insert({ name: 'gone', slug: 'gone', ...audit });
      await db.articles.insert(draft({ slug: 'gone-too' }));
      throw new Error('stop');
    })).rejects.toThrow('stop');
    expect((await store.db.tags.list(q({ q: 'gone' }))).total).toBe(0);
    expect((await store.db.articles.list(q({ where: [{ field: 'slug', op: 'in', values: ['gone-too'] }] }))).total).toBe(0);
  });

  test('concurrent transactions never see each other\'s unfinished writes', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const writer = store.tx(async (db) => {
      await db.tags.insert({ name: 'pending', slug: 'pending', ...audit });
      await gate;
      throw new Error('rolled back');
    });
    const reader = store.tx(async (db) => (await db.tags.list(q({ q: 'pending' }))).total);
    setTimeout(release, 50);
    await expect(writer).rejects.toThrow('rolled back');
    expect(await reader).toBe(0);
    // Read-modify-write in two transactions at once: both land, one after the other.
    const bump = () => store.tx(async (db) => {
      const c = (await db.categories.get(11))!;
      await new Promise((r) => setTimeout(r, 20));
      return db.categories.update(c.id, { ...(writable(c, 'articleCount') as CategoryRow), position: c.position + 1 }, c.version);
    });
    const results = await Promise.all([bump(), bump()]);
    const landed = results.filter((r) => r !== null).length;
    // PGlite runs them one after the other (both land); PostgreSQL lets them overlap, and the
    // version check refuses the later one instead of losing its update.
    expect(landed).toBeGreaterThanOrEqual(1);
    expect((await store.db.categories.get(11))!.position).toBe(6 + landed);
  });

  test('sessions, credentials and login failures', async () => {
    await store.db.sessions.create({ tokenHash: 'h1', userId: 1, expiresAt: NOW + 1000 });
    await store.db.sessions.create({ tokenHash: 'h2', userId: 1, expiresAt: NOW - 1000 });
    expect(await store.db.sessions.find('h1')).toEqual({ tokenHash: 'h1', userId: 1, expiresAt: NOW + 1000 });
    await store.db.sessions.removeExpired(NOW);
    expect(await store.db.sessions.find('h2')).toBeNull();
    await store.db.sessions.removeForUser(1, 'h1');
    expect(await store.db.sessions.find('h1')).not.toBeNull();
    await store.db.credentials.set(1, 'scrypt$x');
    expect(await store.db.credentials.get(1)).toBe('scrypt$x');
    await store.db.loginFailures.add('a@b.test', NOW - 10);
    await store.db.loginFailures.add('a@b.test', NOW - 5);
    expect(await store.db.loginFailures.since('a@b.test', NOW - 7)).toEqual([NOW - 5]);
    await store.db.loginFailures.clear('a@b.test');
    expect(await store.db.loginFailures.since('a@b.test', 0)).toEqual([]);
  });

  test('revisions and activity keep their shapes', async () => {
    const revs = await store.db.revisions.list(q({ where: [{ field: 'articleId', op: 'in', values: [1] }] }));
    expect(revs.rows).toEqual(seed200.revisions.filter((r) => r.articleId === 1));
    const act = await store.db.activity.list(q({ sort: [['at', 'DESC'], ['id', 'DESC']], range: [0, 0] }));
    const latest = [...seed200.activity].sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id)[0];
    expect(act.rows[0]).toEqual(latest);
  });
});


describe('a database out of reach', () => {
  test('a server that does not answer is StoreUnavailable', async () => {
    await expect(createSqlStore({ kind: 'postgres', url: 'postgres://nobody@127.0.0.1:9/none' })).rejects.toBeInstanceOf(StoreUnavailable);
  });
  test('a closed PGlite is StoreUnavailable', async () => {
    const store = await createSqlStore({ kind: 'pglite' });
    await store.close();
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailable);
  }, 60_000);
});
