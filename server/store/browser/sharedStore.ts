import type { Clock } from '../../rules/clock';
import type { SeedData } from '../../seed';
import { StoreUnavailable } from '../errors';
import { createMemoryStore, type Change, type MemoryStore } from '../memory';
import type { Db, Store } from '../types';
import { applyEntry, writesOf } from './entries';
import { outsideTransactions } from './outsideTx';
import { Overlay, SCHEMA, type Meta, type Snapshot } from './overlay';
import { holdUntilClosed, othersHold, type TabLocks } from './tabs';

export interface SharedStoreOptions {
  seedSize: number;
  clock: Clock;
  buildSeed: (size: number, now: number) => SeedData;
  locks: TabLocks;
  indexedDB?: IDBFactory;
  /** Changes stored by an earlier version of the demo, taken over when this overlay is new. */
  legacy?: () => Promise<[key: string, value: unknown][]>;
}

/** The in-memory store of one tab, kept in step with the other tabs of the browser. */
export interface SharedStore extends Store {
  readonly memory: MemoryStore;
  /** Applies what other tabs committed since this tab last looked (before every request). */
  catchUp(): Promise<void>;
}

type Applied = Pick<Meta, 'generation' | 'seq'>;
const namesFor = (seedSize: number) => {
  const db = `newsdesk-demo-${seedSize}`;
  return { db, write: `${db}.write`, tab: `${db}.tab.` };
};

/**
 * The tabs of one browser share one newsroom. IndexedDB is the source of truth (see overlay.ts);
 * each tab answers requests from its own in-memory copy, and:
 * - writes one at a time across tabs: every transaction holds the Web Lock `….write`, first
 *   applies what other tabs committed, and commits only once its changes are stored (the
 *   memory store's `beforeCommit`), so a stale version meets 409 whichever tab saved first;
 * - catches up before every request, so a save answered in one tab is what the others read next;
 * - tells the other tabs on a BroadcastChannel after each commit, so they catch up while idle.
 * Nothing is kept only in a tab: closing tabs in any order loses nothing that was answered.
 */
class TabsStore implements SharedStore {
  readonly kind = 'memory' as const;
  readonly db: Db;
  private applied: Applied;
  /** Commits (and resets) written by this tab: after one, the other tabs are told. */
  private commits = 0;
  private queued: Promise<void> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private readonly channel: BroadcastChannel;

  constructor(
    readonly memory: MemoryStore,
    private readonly overlay: Overlay,
    private readonly o: SharedStoreOptions,
    meta: Meta,
  ) {
    this.applied = { generation: meta.generation, seq: meta.seq };
    this.db = outsideTransactions(memory.db, (fn) => this.tx(fn));
    memory.beforeCommit = (changes) => this.store(changes);
    this.channel = new BroadcastChannel(namesFor(o.seedSize).db);
    this.channel.onmessage = () => {
      this.catchUp().catch((e: unknown) => console.error('Newsdesk: could not catch up with another tab', e));
    };
  }

  /** Server settings (the Node server's "holds demo data"); the demo keeps them per tab. */
  get meta() {
    return this.memory.meta;
  }

  tx<T>(fn: (db: Db) => Promise<T>): Promise<T> {
    return this.locked(async () => {
      await this.catchUp();
      return this.memory.tx(fn);
    });
  }

  async load(seed: SeedData): Promise<void> {
    await this.locked(async () => {
      await this.catchUp();
      await this.memory.exclusive(async () => {
        const meta = await this.stored(() => this.overlay.reset(seed.now));
        this.memory.load(seed);
        this.applied = { generation: meta.generation, seq: meta.seq };
        this.commits++;
      });
    });
  }

  /**
   * Joins a catch-up that has not started yet, else queues one: a catch-up already reading may
   * have begun before a commit the caller must see.
   */
  catchUp(): Promise<void> {
    if (this.queued) return this.queued;
    const run = this.chain.then(() => {
      this.queued = null;
      return this.catchUpNow();
    });
    this.queued = run;
    this.chain = run.catch(() => undefined);
    return run;
  }

  isEmpty = () => this.memory.isEmpty();
  ping = () => this.memory.ping();
  withStartupLock = <T>(work: () => Promise<T>) => this.memory.withStartupLock(work);
  async close(): Promise<void> {
    this.channel.close();
    this.overlay.close();
  }

  private async catchUpNow(): Promise<void> {
    let snap: Snapshot = await this.stored(() => this.overlay.since(this.applied.seq));
    // Another tab reset the demo: start again from the seed, with every entry of the new generation.
    const full = snap.meta !== null && snap.meta.generation !== this.applied.generation;
    if (full) snap = await this.stored(() => this.overlay.since(0));
    const meta = snap.meta;
    if (!meta) throw new StoreUnavailable('The shared newsroom is gone (site data cleared?)');
    if (meta.seq <= this.applied.seq) return;
    const seed = full ? this.o.buildSeed(this.o.seedSize, meta.seedTime) : null;
    await this.memory.exclusive(() => {
      // Sequence numbers grow across resets too: a snapshot older than what is applied is dropped.
      if (meta.seq <= this.applied.seq) return;
      const same = meta.generation === this.applied.generation;
      if (!same && !seed) return;
      if (!same && seed) this.memory.load(seed);
      const after = same ? this.applied.seq : 0;
      const t = this.memory.tables;
      for (const e of [...snap.entries].sort((a, b) => a.seq - b.seq)) if (e.seq > after) applyEntry(t, e.k, e.v);
      this.applied = { generation: meta.generation, seq: meta.seq };
    });
  }

  /** The memory store's beforeCommit: the transaction commits only once IndexedDB holds it. */
  private async store(changes: readonly Change[]): Promise<void> {
    if (!changes.length) return;
    const writes = writesOf(changes, this.memory.tables);
    const meta = await this.stored(() => this.overlay.commit(this.applied, writes));
    this.applied = { generation: meta.generation, seq: meta.seq };
    this.commits++;
  }

  /** Runs `fn` holding the write lock, then tells the other tabs if it committed anything. */
  private async locked<T>(fn: () => Promise<T>): Promise<T> {
    const before = this.commits;
    try {
      return await this.o.locks.request(namesFor(this.o.seedSize).write, fn);
    } finally {
      if (this.commits !== before) this.channel.postMessage(this.applied);
    }
  }

  private async stored<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (e) {
      throw e instanceof StoreUnavailable ? e : new StoreUnavailable(e);
    }
  }
}

/**
 * Opens this tab's copy of the newsroom: marks the tab open (a Web Lock held until it closes),
 * settles which instant the seed is built for, builds it and applies the overlay.
 */
export const openSharedStore = async (o: SharedStoreOptions): Promise<SharedStore> => {
  const names = namesFor(o.seedSize);
  const overlay = await Overlay.open(o.indexedDB ?? globalThis.indexedDB, names.db);
  const me = `${names.tab}${globalThis.crypto.randomUUID()}`;
  await holdUntilClosed(o.locks, me);
  await o.locks.request(names.write, async () => {
    const meta = await overlay.meta();
    if (!meta || meta.schema !== SCHEMA) await overlay.reset(o.clock(), (await o.legacy?.()) ?? []);
    // Alone, the tab builds today's seed, as a reload always did; with other tabs open, theirs.
    else if (!(await othersHold(o.locks, names.tab, me))) await overlay.rebase(meta, o.clock());
  });
  // The seed is the long part: built outside the lock, for the instant the snapshot names.
  const snap = await overlay.since(0);
  if (!snap.meta) throw new StoreUnavailable('The shared newsroom was not created');
  const memory = createMemoryStore(o.buildSeed(o.seedSize, snap.meta.seedTime), o.clock);
  for (const e of snap.entries) applyEntry(memory.tables, e.k, e.v);
  return new TabsStore(memory, overlay, o, snap.meta);
};
