import { sql } from 'drizzle-orm';
import type { Metrics, Store } from '../types';
import { makeDb } from './db';
import { connect, rowsOf, type SqlStoreOptions } from './driver';
import { guard } from './errors';
import { loadSeed } from './load';
import { sqlMetrics, type TopWay } from './metrics';
import { advanceTraffic } from './traffic';
import { restoreCheckpoint, saveCheckpoint } from './checkpoint';

export type { Deadlines, SqlStoreOptions } from './driver';

export interface SqlStore extends Store {
  /** Generates the demo traffic's rows up to `today` (a day number) and drops older ones. */
  advanceTraffic(today: number): Promise<void>;
  /** Tests: copies every table aside, to be restored in milliseconds by `restoreCheckpoint`. */
  saveCheckpoint(): Promise<void>;
  restoreCheckpoint(): Promise<void>;
  /** Tests: the aggregations with top lists ranked one way only (summing rows, or kept sums). */
  metricsBy(way: Exclude<TopWay, 'any'>): Metrics;
  tidy(): Promise<void>;
}

/** When PGlite's tables were last vacuumed (a `meta` key: ms since the epoch). */
const VACUUMED_AT = 'pglite.vacuumedAt';
const VACUUM_EVERY_MS = 24 * 3_600_000;

/**
 * The store on PostgreSQL: embedded PGlite (a data directory, or memory) or a server. The
 * migrations are applied before it answers.
 */
export const createSqlStore = async (options: SqlStoreOptions): Promise<SqlStore> => {
  const conn = await guard(() => connect(options));
  const root = conn.db;
  const bulk = conn.bulk;
  const meta: Store['meta'] = {
    get: (key) => guard(async () => (await rowsOf<{ value: string }>(root, sql`SELECT value FROM meta WHERE key = ${key}`))[0]?.value ?? null),
    set: (key, value) =>
      guard(async () => void (await root.execute(sql`INSERT INTO meta (key, value) VALUES (${key}, ${value}) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`))),
  };
  const vacuumed = (at: number) => meta.set(VACUUMED_AT, String(at));
  /**
   * PGlite has no autovacuum. Without VACUUM every save leaves its row's old version behind
   * (the daily traffic advance rewrites all 50,000 articles), tables and indexes only grow, and
   * index-only reads decay into heap reads. So the housekeeping (every 10 minutes) vacuums and
   * analyses every table once a day; PGlite answers nothing meanwhile (seconds at 50,000
   * articles). A PostgreSQL server vacuums itself.
   */
  const vacuumWhenDue = async () => {
    if (options.kind !== 'pglite') return;
    const at = Number((await meta.get(VACUUMED_AT)) ?? 0);
    if (Date.now() - at < VACUUM_EVERY_MS) return;
    await root.execute(sql`VACUUM (ANALYZE)`);
    await vacuumed(Date.now());
  };
  return {
    kind: options.kind,
    db: makeDb(root),
    tx: (fn) => guard(() => root.transaction((tx) => fn(makeDb(tx)))),
    load: async (seed) => {
      await guard(() => bulk.transaction((tx) => loadSeed(tx, seed)));
      // Fresh statistics (the planner sees 50,000 articles, not an empty table) and a visibility
      // map, so counts and metric sums can read indexes alone (index-only scans).
      await guard(() => bulk.execute(sql`VACUUM ANALYZE`));
      await vacuumed(Date.now());
    },
    meta,
    isEmpty: () => guard(async () => (await rowsOf<{ any: boolean }>(root, sql`SELECT EXISTS (SELECT 1 FROM users) AS any`))[0].any === false),
    ping: () => guard(async () => void (await root.execute(sql`SELECT 1`))),
    tidy: () =>
      guard(async () => {
        await root.execute(sql`SELECT nd_fold_counts()`);
        await vacuumWhenDue();
      }),
    withStartupLock: (work) => guard(() => conn.withStartupLock(work)),
    close: () => conn.close(),
    advanceTraffic: (today) => guard(() => advanceTraffic(bulk, today)),
    saveCheckpoint: () => guard(() => root.transaction((tx) => saveCheckpoint(tx))),
    restoreCheckpoint: () => guard(() => root.transaction((tx) => restoreCheckpoint(tx))),
    metricsBy: (way) => sqlMetrics(root, way),
  };
};
