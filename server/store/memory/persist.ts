import { clear, createStore, entries, setMany, delMany, type UseStore } from 'idb-keyval';
import type { Change, Tables } from './tables';
import type { StoredArticle, StoredSession } from './types';
import type { LooseTable } from './table';

/**
 * Browser persistence: the seed is regenerated on every load, so IndexedDB keeps only an overlay
 * of what users changed — one key per record (`r:resource:id` → record, or null when deleted),
 * plus sessions, credentials and id counters. The `meta` key names the schema version and seed
 * size; a store written by another version or size is cleared rather than misread.
 */
const SCHEMA_VERSION = 2;
let store: UseStore | undefined;
const getStore = () => (store ??= createStore('newsdesk-embedded', 'overlay'));

interface Meta {
  schema: number;
  seedSize: number;
}

const tableOf = (db: Tables, resource: string): LooseTable | undefined => {
  const tables: Record<string, LooseTable> = {
      categories: db.categories, tags: db.tags, authors: db.authors, 'photo-credits': db.photoCredits,
      users: db.users, revisions: db.revisions, activity: db.activity, reviews: db.reviews,
  };
  return tables[resource];
};

/** Applies the stored overlay to a freshly seeded db (before any listener is attached). */
export const loadOverlay = async (db: Tables, seedSize: number): Promise<void> => {
  const all = await entries<string, unknown>(getStore());
  const meta = all.find(([k]) => k === 'meta')?.[1] as Meta | undefined;
  if (!meta || meta.schema !== SCHEMA_VERSION || meta.seedSize !== seedSize) {
    await clear(getStore());
    await setMany([['meta', { schema: SCHEMA_VERSION, seedSize } satisfies Meta]], getStore());
    return;
  }
  for (const [key, value] of all) {
    const [kind, a, b] = key.split(':');
    if (kind === 'r' && a === 'articles') {
      if (value) db.putArticle(value as StoredArticle);
      else db.removeArticle(Number(b));
    } else if (kind === 'r') {
      const table = tableOf(db, a);
      if (value) table?.put(value as { id: number });
      else table?.remove(Number(b));
    } else if (kind === 'n') {
      const table = a === 'articles' ? db.articles : tableOf(db, a);
      if (table) table.nextId = Math.max(table.nextId, Number(value));
    } else if (kind === 's') db.sessions.set(a, value as StoredSession);
    else if (kind === 'c' && typeof value === 'string') db.credentials.set(Number(a), value);
    else if (kind === 'c') db.credentials.delete(Number(a));
  }
};

let queue: Promise<unknown> = Promise.resolve();
/** Writes run one after another, so a reset's clear() lands before the writes that follow it. */
const enqueue = (op: () => Promise<unknown>) => {
  queue = queue.then(op).catch((e: unknown) => console.error('Newsdesk: could not persist a change', e));
};

/** The change listener: every change is written through to IndexedDB. */
export const persistChange =
  (getDb: () => Tables, seedSize: () => number) =>
  (c: Change): void => {
    const s = getStore();
    if (c.kind === 'reset') {
      enqueue(() => clear(s));
      enqueue(() => setMany([['meta', { schema: SCHEMA_VERSION, seedSize: seedSize() } satisfies Meta]], s));
    } else if (c.kind === 'record') {
      const db = getDb();
      const nextId = c.resource === 'articles' ? db.articles.nextId : (tableOf(db, c.resource)?.nextId ?? 0);
      enqueue(() => setMany([[`r:${c.resource}:${c.id}`, c.value], [`n:${c.resource}`, nextId]], s));
    } else if (c.kind === 'session') {
      enqueue(() => (c.value ? setMany([[`s:${c.tokenHash}`, c.value]], s) : delMany([`s:${c.tokenHash}`], s)));
    } else {
      enqueue(() => setMany([[`c:${c.userId}`, c.value]], s));
    }
  };

/** Resolves when every queued write has landed (tests, and before a reload). */
export const flushPersistence = () => queue;
