import { sql } from 'drizzle-orm';
import type { Category, Tag } from '../../../../src/schemas';
import type { CategoryRow, Db, TagRow, VersionedCollection } from '../../types';
import { deleteRow, getOne, insertRow, list, paged, updateVersioned, type Reader } from '../crud';
import type { Executor } from '../driver';
import { auditFields, column, containsAny, derived } from '../fields';
import { categories, tags } from '../schema';
import { auditOf, auditValues } from './audit';

// Written out with aliases: drizzle leaves columns unqualified in a one-table query, where `id`
// inside the subquery would be the subquery's own. A category's articles are counted on read (an
// index lookup). A tag's are kept by the database (schema/counts.ts): counting them on read walked
// every article_tags entry of each tag asked (about 2,700 each at 50,000 articles).
const categoryCount = sql<number>`(SELECT count(*)::int FROM articles x WHERE x.category_id = "categories"."id")`;
const tagCount = sql<number>`coalesce((SELECT sum(x.n)::int FROM tag_article_counts x WHERE x.tag_id = "tags"."id"), 0)`;

const categoryReader: Reader<Category> = {
  table: categories,
  id: categories.id,
  fields: {
    ...auditFields(categories),
    'name.en': column(categories.nameEn, 'text'),
    'name.ar': column(categories.nameAr, 'text'),
    slug: column(categories.slug, 'text'),
    parentId: column(categories.parentId, 'int'),
    position: column(categories.position, 'int'),
    articleCount: derived(categoryCount, 'int'),
  },
  search: (q) => containsAny([categories.nameEn, categories.nameAr, categories.slug], q),
  async fetch(db, where, order, page) {
    const q = db.select({ c: categories, articleCount: categoryCount }).from(categories).where(where).orderBy(...order);
    const rows = await paged(q.$dynamic(), page);
    return rows.map(({ c, articleCount }) => ({
      id: c.id, name: { en: c.nameEn, ar: c.nameAr }, slug: c.slug, parentId: c.parentId, position: c.position,
      articleCount, ...auditOf(c),
    }));
  },
};

const categoryValues = (r: CategoryRow) => ({
  nameEn: r.name.en, nameAr: r.name.ar, slug: r.slug, parentId: r.parentId, position: r.position, ...auditValues(r),
});

export const categoryCollection = (db: Executor): VersionedCollection<Category, CategoryRow> => ({
  list: (query) => list(db, categoryReader, query),
  get: (id) => getOne(db, categoryReader, id),
  insert: async (row) => (await getOne(db, categoryReader, await insertRow(db, categories, categories.id, categoryValues(row))))!,
  update: async (id, row, version) => {
    const done = await updateVersioned(db, categories, categories, id, version, categoryValues(row));
    return done === null ? null : getOne(db, categoryReader, id);
  },
  remove: (id) => deleteRow(db, categories, categories.id, id),
});

const tagReader: Reader<Tag> = {
  table: tags,
  id: tags.id,
  fields: {
    ...auditFields(tags),
    name: column(tags.name, 'text'),
    slug: column(tags.slug, 'text'),
    articleCount: derived(tagCount, 'int'),
  },
  search: (q) => containsAny([tags.name, tags.slug], q),
  async fetch(db, where, order, page) {
    const rows = await paged(db.select({ t: tags, articleCount: tagCount }).from(tags).where(where).orderBy(...order).$dynamic(), page);
    return rows.map(({ t, articleCount }) => ({ id: t.id, name: t.name, slug: t.slug, articleCount, ...auditOf(t) }));
  },
};

const tagValues = (r: TagRow) => ({ name: r.name, slug: r.slug, ...auditValues(r) });

export const tagCollection = (db: Executor): Db['tags'] => ({
  list: (query) => list(db, tagReader, query),
  get: (id) => getOne(db, tagReader, id),
  insert: async (row) => (await getOne(db, tagReader, await insertRow(db, tags, tags.id, tagValues(row))))!,
  update: async (id, row, version) => {
    const done = await updateVersioned(db, tags, tags, id, version, tagValues(row));
    return done === null ? null : getOne(db, tagReader, id);
  },
  remove: (id) => deleteRow(db, tags, tags.id, id),
  // SHARE ROW EXCLUSIVE conflicts with itself and with writes to tags, not with the ROW SHARE
  // that a foreign key check on article_tags takes: saves of articles carrying tags go on.
  lockForMerge: async () => void (await db.execute(sql`LOCK TABLE tags IN SHARE ROW EXCLUSIVE MODE`)),
});

