import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';

/** The root database or a transaction: collections are written once over either. */
export type Executor = PgDatabase<PgQueryResultHKT>;

export type SqlStoreOptions =
  /** Embedded PostgreSQL; `dataDir` undefined keeps the database in memory (tests). */
  | { kind: 'pglite'; dataDir?: string }
  /** A PostgreSQL server (DATABASE_URL). */
  | { kind: 'postgres'; url: string; poolSize?: number; deadlines?: Deadlines };

/**
 * How long a request's statements may wait for PostgreSQL (the Node server sets them): a
 * database that stopped answering then fails requests with StoreUnavailable (503) instead of
 * holding them. Without them, a query waits as long as the operating system keeps the socket.
 */
export interface Deadlines {
  /** A new connection, or a free one from a full pool. */
  connectMs: number;
  /** One statement: `statement_timeout` in the server, and a read timeout in the client. */
  statementMs: number;
}

export interface Connection {
  db: Executor;
  /**
   * Long work without deadlines (migrations, the demo seed, the traffic's daily rows): its
   * own connection, so a 50,000-article seed is never cut short by a request's deadline.
   */
  bulk: Executor;
  /** See `Store.withStartupLock`. */
  withStartupLock<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/**
 * Rows of a raw statement. Both drivers answer `{ rows }`; drizzle types the answer per driver,
 * so the one cast lives here. Raw statements return numbers and text only (casts in the SQL).
 */
export const rowsOf = async <T>(db: Executor, query: SQL): Promise<T[]> =>
  ((await db.execute(query)) as unknown as { rows: T[] }).rows;

const openPglite = async (dataDir: string | undefined): Promise<Connection> => {
  const client = await PGlite.create(dataDir);
  const db = drizzlePglite({ client });
  // PGlite runs one statement at a time and holds a transaction's lock until it ends, so
  // concurrent `tx` calls (and statements outside them) queue instead of interleaving.
  await migratePglite(db, { migrationsFolder });
  // PGlite's pages come from memory or the OS's cache, so a random read costs little more than
  // a sequential one (PostgreSQL's default of 4 is for spinning disks). At 4, the planner
  // counted a common search word's 23,268 matches with a scan of every article's search
  // document (450 ms) rather than the GIN index's bitmap (20 ms). One session: it holds.
  await client.exec('SET random_page_cost = 1.1');
  // One process per data directory (server/node/dataDirLock.ts): nobody to wait for.
  return { db, bulk: db, withStartupLock: (work) => work(), close: () => client.close() };
};

/** A lock number of our own, so two server processes starting together migrate one at a time. */
const MIGRATION_LOCK = 7_415_002_113;
/** And prepare a new database one at a time (`Store.withStartupLock`). */
const STARTUP_LOCK = 7_415_002_114;

/**
 * A statement that got no answer in time leaves its connection waiting for that answer, and a
 * transaction's ROLLBACK would queue behind it for a second deadline: the connection is closed
 * instead, so what follows fails at once and the pool drops it.
 */
const closeOnReadTimeout = (client: pg.PoolClient) => {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  client.query = ((...args: unknown[]) => {
    const answer = query(...args);
    if (answer instanceof Promise) {
      answer.catch((e: unknown) => {
        if (e instanceof Error && e.message === 'Query read timeout') {
          (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
        }
      });
    }
    return answer;
  }) as typeof client.query;
};

const openPostgres = async (url: string, poolSize = 10, deadlines?: Deadlines): Promise<Connection> => {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    keepAlive: true,
    ...(deadlines && {
      connectionTimeoutMillis: deadlines.connectMs,
      // The server gives up first (57014, and the statement's locks go with it); the client's
      // read timeout covers a server or network that no longer answers at all.
      // (A startup parameter: behind PgBouncer, list it in `ignore_startup_parameters`.)
      statement_timeout: deadlines.statementMs,
      query_timeout: deadlines.statementMs + 1000,
    }),
  });
  if (deadlines) pool.on('connect', closeOnReadTimeout);
  // Long work: one connection, opened when needed and closed after 10 s idle.
  const bulkPool = deadlines ? new pg.Pool({ connectionString: url, max: 1, keepAlive: true, connectionTimeoutMillis: deadlines.connectMs }) : pool;
  // An idle client's error (the server restarted) must not crash the process; the next query
  // fails and is answered as StoreUnavailable.
  pool.on('error', () => undefined);
  if (bulkPool !== pool) bulkPool.on('error', () => undefined);
  const client = await bulkPool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg({ client }), { migrationsFolder });
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  } finally {
    client.release();
  }
  const close = async () => {
    await pool.end();
    if (bulkPool !== pool) await bulkPool.end();
  };
  // A session lock on a connection of its own, which takes the lock with it when it closes
  // (or when the process dies).
  const withStartupLock = async <T>(work: () => Promise<T>): Promise<T> => {
    const holder = new pg.Client({ connectionString: url, connectionTimeoutMillis: deadlines?.connectMs });
    holder.on('error', () => undefined);
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
      return await work();
    } finally {
      await holder.end();
    }
  };
  return { db: drizzlePg({ client: pool }), bulk: drizzlePg({ client: bulkPool }), withStartupLock, close };
};

export const connect = (options: SqlStoreOptions): Promise<Connection> =>
  options.kind === 'pglite' ? openPglite(options.dataDir) : openPostgres(options.url, options.poolSize, options.deadlines);
