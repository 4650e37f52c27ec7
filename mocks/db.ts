import { nowMs } from './clock';
import { buildSeed, DEFAULT_SEED_SIZE } from './seed';
import { Db, type Change } from './db/store';

export { Db, type Change } from './db/store';

/**
 * The single in-memory database of the embedded backend. It is rebuilt from the deterministic
 * seed (resetDb); in the browser the persisted overlay of user changes is applied on top (persist.ts).
 */
let current: Db | null = null;
let seedSize = DEFAULT_SEED_SIZE;
let listener: ((c: Change) => void) | undefined;

export const getDb = (): Db => (current ??= attach(new Db(buildSeed(seedSize, nowMs()))));

/** A fresh seed of `size` articles (default: the last size used), dropping every change. */
export const resetDb = (size: number = seedSize): Db => {
  seedSize = size;
  current = attach(new Db(buildSeed(size, nowMs())));
  return current;
};

export const getSeedSize = () => seedSize;

/** Where changes go (the IndexedDB writer in the browser); set before or after resetDb. */
export const setChangeListener = (fn: ((c: Change) => void) | undefined): void => {
  listener = fn;
  if (current) current.onChange = fn;
};

const attach = (db: Db) => {
  db.onChange = listener;
  return db;
};
