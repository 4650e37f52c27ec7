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
  | { kind: 'postgres'; url: string; poolSize?: number };

export interface Connection {
  db: Executor;
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
  return { db, close: () => client.close() };
};

/** A lock number of our own, so two server processes starting together migrate one at a time. */
const MIGRATION_LOCK = 7_415_002_113;

const openPostgres = async (url: string, poolSize = 10): Promise<Connection> => {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client's error (the server restarted) must not crash the process; the next query
  // fails and is answered as StoreUnavailable.
  pool.on('error', () => undefined);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg({ client }), { migrationsFolder });
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  } finally {
    client.release();
  }
  return { db: drizzlePg({ client: pool }), close: () => pool.end() };
};

export const connect = (options: SqlStoreOptions): Promise<Connection> =>
  options.kind === 'pglite' ? openPglite(options.dataDir) : openPostgres(options.url, options.poolSize);
