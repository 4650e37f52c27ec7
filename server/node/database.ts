import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createSqlStore, type SqlStore } from '../store/sql';
import { lockDataDir } from './dataDirLock';
import type { DatabaseSetting } from './settings';
import { StartupError } from './startupError';

/**
 * A request meets an unreachable or stuck PostgreSQL as a 503 within 10 s: 3 s to get a
 * connection, 5 s per statement (the server cancels it; the client stops waiting 1 s later).
 * Measured here, every request's statement takes milliseconds; the seed and the traffic's
 * daily rows run on a connection without deadlines (store/sql/driver.ts).
 */
export const DEADLINES = { connectMs: 3000, statementMs: 5000 };

/** Where a PostgreSQL URL points, without its password, for messages. */
const describe = (url: string) => {
  try {
    const u = new URL(url);
    return `PostgreSQL at ${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
};

const opened = async (open: () => Promise<SqlStore>, where: string): Promise<SqlStore> => {
  try {
    return await open();
  } catch (e) {
    throw new StartupError(`Cannot open the database (${where}): ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
};

/**
 * The database of the settings, migrated: PostgreSQL through `pg` when DATABASE_URL is set,
 * else embedded PGlite in NEWSDESK_DATA_DIR/pglite. The data directory is locked for this
 * process while the database is open (see dataDirLock.ts).
 */
export const openDatabase = async (setting: DatabaseSetting): Promise<SqlStore> => {
  if (setting.kind === 'postgres') return opened(() => createSqlStore({ kind: 'postgres', url: setting.url, deadlines: DEADLINES }), describe(setting.url));
  const dir = resolve(setting.dataDir);
  mkdirSync(dir, { recursive: true });
  const release = lockDataDir(dir);
  try {
    const store = await opened(() => createSqlStore({ kind: 'pglite', dataDir: join(dir, 'pglite') }), `PGlite in ${dir}`);
    const close = store.close.bind(store);
    return Object.assign(store, {
      close: async () => {
        try {
          await close();
        } finally {
          release();
        }
      },
    });
  } catch (e) {
    release();
    throw e;
  }
};
