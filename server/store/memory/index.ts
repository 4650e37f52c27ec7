import type { Store } from '../types';
import type { Clock } from '../../rules/clock';
import type { SeedData } from '../../seed';
import { memoryDb } from './db';
import { Tables, type Change } from './tables';

export type { Change } from './tables';

export interface MemoryStore extends Store {
  /** The current tables (tests, and the browser's persistence of changes). */
  readonly tables: Tables;
  /** Where committed changes go (the browser's IndexedDB writer); kept across seed loads. */
  onChange?: (c: Change) => void;
}

/**
 * The in-memory store: the browser demo and the component tests. Transactions run one at a
 * time (a queue), and a failed one is undone write by write (Tables.rollback), so the rules see
 * the same all-or-nothing behaviour as on PostgreSQL.
 */
export const createMemoryStore = (seed: SeedData, clock: Clock): MemoryStore => {
  let tables = new Tables(seed, clock);
  let queue: Promise<unknown> = Promise.resolve();
  const db = memoryDb(() => tables);
  // Outside the tables, so a seed load keeps them (as the SQL store's meta table does).
  const meta = new Map<string, string>();
  const store: MemoryStore = {
    kind: 'memory',
    db,
    get tables() {
      return tables;
    },
    tx<T>(fn: (d: typeof db) => Promise<T>): Promise<T> {
      const run = async () => {
        tables.begin();
        try {
          const out = await fn(db);
          tables.commit();
          return out;
        } catch (e) {
          tables.rollback();
          throw e;
        }
      };
      const result = queue.then(run, run);
      queue = result.catch(() => undefined);
      return result;
    },
    async load(next) {
      tables = new Tables(next, clock);
      tables.onChange = store.onChange;
      store.onChange?.({ kind: 'reset' });
    },
    meta: {
      get: async (key) => meta.get(key) ?? null,
      set: async (key, value) => void meta.set(key, value),
    },
    async isEmpty() {
      return tables.users.size === 0;
    },
    async ping() {},
    async close() {},
  };
  let listener: ((c: Change) => void) | undefined;
  Object.defineProperty(store, 'onChange', {
    get: () => listener,
    set: (fn: ((c: Change) => void) | undefined) => {
      listener = fn;
      tables.onChange = fn;
    },
  });
  return store;
};
