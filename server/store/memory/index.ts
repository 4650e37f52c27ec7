import type { Store } from '../types';
import type { Clock } from '../../rules/clock';
import type { SeedData } from '../../seed';
import { memoryDb } from './db';
import { Tables, type Change } from './tables';

export type { Change } from './tables';

export interface MemoryStore extends Store {
  /** The current tables (tests, and the browser's persistence of changes). */
  readonly tables: Tables;
  /** Where committed changes go, as each transaction commits; kept across seed loads. */
  onChange?: (c: Change) => void;
  /**
   * Awaited once a transaction's work is done and before it commits, with the changes it made:
   * throwing rolls the transaction back. The browser's tabs write the changes to IndexedDB here
   * (server/store/browser), so a save is answered only once it is stored.
   */
  beforeCommit?: (changes: readonly Change[]) => Promise<void>;
  /** Runs `fn` alone: after every transaction queued before it, before any queued after it. */
  exclusive<T>(fn: () => T | Promise<T>): Promise<T>;
}

/**
 * The in-memory store: the browser demo and the component tests. Transactions run one at a
 * time (a queue), and a failed one is undone write by write (Tables.rollback), so the rules see
 * the same all-or-nothing behaviour as on PostgreSQL.
 */
export const createMemoryStore = (seed: SeedData, clock: Clock): MemoryStore => {
  let tables = new Tables(seed, clock);
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(run: () => Promise<T>): Promise<T> => {
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };
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
      return enqueue(async () => {
        tables.begin();
        try {
          const out = await fn(db);
          if (store.beforeCommit) await store.beforeCommit(tables.pendingChanges);
          tables.commit();
          return out;
        } catch (e) {
          tables.rollback();
          throw e;
        }
      });
    },
    exclusive(fn) {
      return enqueue(async () => fn());
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
    withStartupLock: (work) => work(),
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
