import { sql } from 'drizzle-orm';
import type { Executor } from './driver';

/** A column of a bulk insert: its name and SQL type (constants of this code, never input). */
export type BulkColumn = readonly [name: string, type: string];

const BATCH_BYTES = 4_000_000;

/**
 * Inserts many rows with one bound JSON parameter per batch (json_to_recordset): a statement
 * per few thousand rows, and no parameter limit to split around.
 */
export const bulkInsert = async (
  db: Executor, table: string, columns: readonly BulkColumn[], rows: Iterable<Record<string, unknown>>,
): Promise<void> => {
  const names = sql.raw(columns.map(([n]) => `"${n}"`).join(', '));
  const shape = sql.raw(columns.map(([n, t]) => `"${n}" ${t}`).join(', '));
  const flush = async (batch: string[]) => {
    if (!batch.length) return;
    const json = `[${batch.join(',')}]`;
    await db.execute(sql`INSERT INTO ${sql.raw(`"${table}"`)} (${names}) SELECT ${names} FROM json_to_recordset(${json}::json) AS r(${shape})`);
  };
  let batch: string[] = [];
  let bytes = 0;
  for (const row of rows) {
    const text = JSON.stringify(row);
    batch.push(text);
    bytes += text.length;
    if (bytes >= BATCH_BYTES) {
      await flush(batch);
      batch = [];
      bytes = 0;
    }
  }
  await flush(batch);
};

/** After rows were inserted with their ids: the next generated id follows the largest. */
export const resetIdentity = (db: Executor, table: string) =>
  db.execute(sql.raw(
    `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), coalesce((SELECT max(id) FROM "${table}"), 0) + 1, false)`,
  ));
