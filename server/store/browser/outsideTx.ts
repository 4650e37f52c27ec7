import type { Db, Store } from '../types';

/**
 * The methods of the storage interface that write. The rules call some of them outside a
 * transaction (ending an expired session, a sign-out, a demo reset's session); across tabs every
 * write needs the write lock and a stored commit, so each such call becomes a transaction of its own.
 * Failed sign-ins stay in the tab (they only slow a guesser, and are not persisted).
 */
const WRITES = {
  articles: ['insert', 'update', 'remove'],
  categories: ['insert', 'update', 'remove'],
  tags: ['insert', 'update', 'remove'],
  authors: ['insert', 'update', 'remove'],
  photoCredits: ['insert', 'update', 'remove'],
  users: ['insert', 'update', 'remove', 'setLastLogin'],
  revisions: ['insert', 'remove'],
  activity: ['insert', 'remove'],
  reviews: ['insert', 'remove'],
  sessions: ['create', 'remove', 'removeForUser', 'removeExpired'],
  credentials: ['set'],
} as const satisfies { [K in keyof Db]?: readonly (keyof Db[K])[] };

type Method = (...args: unknown[]) => Promise<unknown>;

const wrapped = <K extends keyof typeof WRITES>(raw: Db, key: K, tx: Store['tx']): Db[K] => {
  const out: Record<string, unknown> = { ...raw[key] };
  for (const name of WRITES[key]) {
    out[name] = (...args: unknown[]) =>
      tx((db) => ((db[key] as unknown as Record<string, Method>)[name] as Method)(...args));
  }
  return out as unknown as Db[K];
};

/** `raw` with every write made a transaction through `tx`; reads untouched. */
export const outsideTransactions = (raw: Db, tx: Store['tx']): Db => {
  const db: Db = { ...raw };
  for (const key of Object.keys(WRITES) as (keyof typeof WRITES)[]) {
    (db as unknown as Record<string, unknown>)[key] = wrapped(raw, key, tx);
  }
  return db;
};
