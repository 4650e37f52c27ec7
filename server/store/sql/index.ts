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

/**
 * The store on PostgreSQL: embedded PGlite (a data directory, or memory) or a server. The
 * migrations are applied before it answers.
 */
export const createSqlStore = async (options: SqlStoreOptions): Promise<SqlStore> => {
  const conn = await guard(() => connect(options));
  const root = conn.db;
  const bulk = conn.bulk;
  return {
    kind: options.kind,
    db: makeDb(root),
    tx: (fn) => guard(() => root.transaction((tx) => fn(makeDb(tx)))),
    load: async (seed) => {
      await guard(() => bulk.transaction((tx) => loadSeed(tx, seed)));
      // Fresh statistics (the planner sees 50,000 articles, not an empty table) and a visibility
      // map, so counts and metric sums can read indexes alone (index-only scans).
      await guard(() => bulk.execute(sql`VACUUM ANALYZE`));
    },
    meta: {
      get: (key) => guard(async () => (await rowsOf<{ value: string }>(root, sql`SELECT value FROM meta WHERE key = ${key}`))[0]?.value ?? null),
      set: (key, value) =>
        guard(async () => void (await root.execute(sql`INSERT INTO meta (key, value) VALUES (${key}, ${value}) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`))),
    },
    isEmpty: () => guard(async () => (await rowsOf<{ any: boolean }>(root, sql`SELECT EXISTS (SELECT 1 FROM users) AS any`))[0].any === false),
    ping: () => guard(async () => void (await root.execute(sql`SELECT 1`))),
    tidy: () => guard(async () => void (await root.execute(sql`SELECT nd_fold_counts()`))),
    withStartupLock: (work) => guard(() => conn.withStartupLock(work)),
    close: () => conn.close(),
    advanceTraffic: (today) => guard(() => advanceTraffic(bulk, today)),
    saveCheckpoint: () => guard(() => root.transaction((tx) => saveCheckpoint(tx))),
    restoreCheckpoint: () => guard(() => root.transaction((tx) => restoreCheckpoint(tx))),
    metricsBy: (way) => sqlMetrics(root, way),
  };
};
