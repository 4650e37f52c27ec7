import { committed, META, openOverlayDb, RECORDS, settled } from './idb';

/**
 * The tabs' shared IndexedDB: what users changed over the deterministic seed, one entry per
 * key (record, id counter, session, password hash; null once deleted), each stamped with the
 * sequence number of the commit that wrote it. The overlay is its own change log: a tab that
 * has applied commits up to `seq` reads the entries stamped after it, and a fresh tab reads
 * them all. A demo reset empties it under a new `generation`, which tells tabs to start over.
 */
export const SCHEMA = 3;

export interface Meta {
  schema: number;
  /** Changes at every reset: a tab that applied another generation reloads from the seed. */
  generation: string;
  /** The last commit. */
  seq: number;
  /** The instant the seed is built for, so every open tab builds the same newsroom. */
  seedTime: number;
}
export interface Entry {
  k: string;
  seq: number;
  v: unknown;
}
export interface Snapshot {
  meta: Meta | null;
  entries: Entry[];
}

/** The overlay moved on under a writer that should have held the lock: nothing was written. */
export class OverlayMoved extends Error {}

const newGeneration = () => globalThis.crypto.randomUUID();

export class Overlay {
  private constructor(private readonly db: IDBDatabase) {}

  static async open(factory: IDBFactory, name: string): Promise<Overlay> {
    return new Overlay(await openOverlayDb(factory, name));
  }

  async meta(): Promise<Meta | null> {
    const tx = this.db.transaction(META, 'readonly');
    return ((await settled(tx.objectStore(META).get('meta'))) as Meta | undefined) ?? null;
  }

  /** Entries written after commit `seq` (all of them from 0), read with the meta they belong to. */
  async since(seq: number): Promise<Snapshot> {
    const tx = this.db.transaction([RECORDS, META], 'readonly');
    const meta = settled(tx.objectStore(META).get('meta'));
    const records = tx.objectStore(RECORDS);
    const entries = seq > 0 ? records.index('seq').getAll(IDBKeyRange.lowerBound(seq, true)) : records.getAll();
    return { meta: ((await meta) as Meta | undefined) ?? null, entries: (await settled(entries)) as Entry[] };
  }

  /** Writes one commit after `expected` (the caller holds the write lock); answers the new meta. */
  async commit(expected: Pick<Meta, 'generation' | 'seq'>, writes: [key: string, value: unknown][]): Promise<Meta> {
    const tx = this.db.transaction([RECORDS, META], 'readwrite');
    const done = committed(tx);
    const meta = (await settled(tx.objectStore(META).get('meta'))) as Meta | undefined;
    if (!meta || meta.generation !== expected.generation || meta.seq !== expected.seq) {
      tx.abort();
      await done.catch(() => undefined);
      throw new OverlayMoved(`The overlay is at ${meta?.generation}/${meta?.seq}, not ${expected.generation}/${expected.seq}`);
    }
    const next = { ...meta, seq: meta.seq + 1 };
    const records = tx.objectStore(RECORDS);
    for (const [k, v] of writes) records.put({ k, seq: next.seq, v } satisfies Entry, k);
    tx.objectStore(META).put(next, 'meta');
    await done;
    return next;
  }

  /** Forgets every change (a new generation built for `seedTime`), then stores `writes`, if any. */
  async reset(seedTime: number, writes: [key: string, value: unknown][] = []): Promise<Meta> {
    const tx = this.db.transaction([RECORDS, META], 'readwrite');
    const done = committed(tx);
    const old = (await settled(tx.objectStore(META).get('meta'))) as Meta | undefined;
    const next: Meta = { schema: SCHEMA, generation: newGeneration(), seq: (old?.seq ?? 0) + 1, seedTime };
    const records = tx.objectStore(RECORDS);
    records.clear();
    for (const [k, v] of writes) records.put({ k, seq: next.seq, v } satisfies Entry, k);
    tx.objectStore(META).put(next, 'meta');
    await done;
    return next;
  }

  /** Builds the seed for another instant (no tab holds a copy of it: see sharedStore's open). */
  async rebase(meta: Meta, seedTime: number): Promise<Meta> {
    const next = { ...meta, seedTime };
    const tx = this.db.transaction(META, 'readwrite');
    const done = committed(tx);
    tx.objectStore(META).put(next, 'meta');
    await done;
    return next;
  }

  close(): void {
    this.db.close();
  }
}
