import { eq, sql } from 'drizzle-orm';
import type { Author, PhotoCredit, User } from '../../../../src/schemas';
import type { AuthorRow, Db, PhotoCreditRow, UserRow, VersionedCollection } from '../../types';
import { dateOrNull, deleteRow, getOne, insertRow, isoOrNull, list, paged, updateVersioned, type Reader } from '../crud';
import type { Executor } from '../driver';
import { auditFields, column, containsAny, derived } from '../fields';
import { authors, photoCredits, users } from '../schema';
import { auditOf, auditValues } from './audit';

// Aliased by hand: drizzle leaves columns unqualified in a one-table query (see taxonomy.ts).
const authorCount = sql<number>`(SELECT count(*)::int FROM articles x WHERE x.author_id = "authors"."id")`;
const creditCount = sql<number>`(SELECT count(*)::int FROM articles x WHERE x.photo_credit_id = "photo_credits"."id")`;

const authorReader: Reader<Author> = {
  table: authors,
  id: authors.id,
  fields: {
    ...auditFields(authors),
    name: column(authors.name, 'text'),
    kind: column(authors.kind, 'text'),
    email: column(authors.email, 'text'),
    articleCount: derived(authorCount, 'int'),
  },
  search: (q) => containsAny([authors.name], q),
  async fetch(db, where, order, page) {
    const rows = await paged(db.select({ a: authors, articleCount: authorCount }).from(authors).where(where).orderBy(...order).$dynamic(), page);
    return rows.map(({ a, articleCount }) => ({
      id: a.id, name: a.name, kind: a.kind as Author['kind'], bio: { en: a.bioEn, ar: a.bioAr }, email: a.email,
      avatarUrl: a.avatarUrl, website: a.website, articleCount, ...auditOf(a),
    }));
  },
};
const authorValues = (r: AuthorRow) => ({
  name: r.name, kind: r.kind, bioEn: r.bio.en, bioAr: r.bio.ar, email: r.email, avatarUrl: r.avatarUrl, website: r.website,
  ...auditValues(r),
});

const creditReader: Reader<PhotoCredit> = {
  table: photoCredits,
  id: photoCredits.id,
  fields: {
    ...auditFields(photoCredits),
    photographer: column(photoCredits.photographer, 'text'),
    agency: column(photoCredits.agency, 'text'),
    license: column(photoCredits.license, 'text'),
    usageCount: derived(creditCount, 'int'),
  },
  search: (q) => containsAny([photoCredits.photographer, photoCredits.agency], q),
  async fetch(db, where, order, page) {
    const rows = await paged(db.select({ c: photoCredits, usageCount: creditCount }).from(photoCredits).where(where).orderBy(...order).$dynamic(), page);
    return rows.map(({ c, usageCount }) => ({
      id: c.id, photographer: c.photographer, agency: c.agency, license: c.license as PhotoCredit['license'], notes: c.notes,
      usageCount, ...auditOf(c),
    }));
  },
};
const creditValues = (r: PhotoCreditRow) => ({
  photographer: r.photographer, agency: r.agency, license: r.license, notes: r.notes, ...auditValues(r),
});

const userReader: Reader<User> = {
  table: users,
  id: users.id,
  fields: {
    ...auditFields(users),
    name: column(users.name, 'text'),
    email: column(users.email, 'text'),
    role: column(users.role, 'text'),
    active: column(users.active, 'bool'),
    authorId: column(users.authorId, 'int'),
    lastLoginAt: column(users.lastLoginAt, 'time'),
  },
  search: (q) => containsAny([users.name, users.email], q),
  async fetch(db, where, order, page) {
    const rows = await paged(db.select().from(users).where(where).orderBy(...order).$dynamic(), page);
    return rows.map((u) => ({
      id: u.id, name: u.name, email: u.email, role: u.role as User['role'], active: u.active, authorId: u.authorId,
      lastLoginAt: isoOrNull(u.lastLoginAt), ...auditOf(u),
    }));
  },
};
const userValues = (r: UserRow) => ({
  name: r.name, email: r.email, role: r.role, active: r.active, authorId: r.authorId, lastLoginAt: dateOrNull(r.lastLoginAt),
  ...auditValues(r),
});

export const authorCollection = (db: Executor): VersionedCollection<Author, AuthorRow> => ({
  list: (query) => list(db, authorReader, query),
  get: (id) => getOne(db, authorReader, id),
  insert: async (row) => (await getOne(db, authorReader, await insertRow(db, authors, authors.id, authorValues(row))))!,
  update: async (id, row, version) =>
    (await updateVersioned(db, authors, authors, id, version, authorValues(row))) === null ? null : getOne(db, authorReader, id),
  remove: (id) => deleteRow(db, authors, authors.id, id),
});

export const photoCreditCollection = (db: Executor): VersionedCollection<PhotoCredit, PhotoCreditRow> => ({
  list: (query) => list(db, creditReader, query),
  get: (id) => getOne(db, creditReader, id),
  insert: async (row) => (await getOne(db, creditReader, await insertRow(db, photoCredits, photoCredits.id, creditValues(row))))!,
  update: async (id, row, version) =>
    (await updateVersioned(db, photoCredits, photoCredits, id, version, creditValues(row))) === null ? null : getOne(db, creditReader, id),
  remove: (id) => deleteRow(db, photoCredits, photoCredits.id, id),
});

export const userCollection = (db: Executor): Db['users'] => ({
  list: (query) => list(db, userReader, query),
  get: (id) => getOne(db, userReader, id),
  insert: async (row) => (await getOne(db, userReader, await insertRow(db, users, users.id, userValues(row))))!,
  update: async (id, row, version) =>
    (await updateVersioned(db, users, users, id, version, userValues(row))) === null ? null : getOne(db, userReader, id),
  remove: (id) => deleteRow(db, users, users.id, id),
  setLastLogin: async (id, at) => {
    await db.update(users).set({ lastLoginAt: new Date(at) }).where(eq(users.id, id));
  },
});
