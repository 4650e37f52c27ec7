import { sql } from 'drizzle-orm';
import { resetIdentity } from './bulk';
import { rowsOf, type Executor } from './driver';

const tables = [
  'categories', 'tags', 'authors', 'photo_credits', 'users', 'credentials', 'sessions', 'login_failures',
  'articles', 'article_tags', 'revisions', 'activity', 'reviews', 'metrics_daily',
  'metrics_segment_daily', 'metrics_recent_day', 'tag_article_counts', 'article_status_counts',
];
const withIdentity = ['categories', 'tags', 'authors', 'photo_credits', 'users', 'articles', 'revisions', 'activity', 'reviews'];

interface Shape {
  /** Columns a row can be written with (generated ones, such as the search vector, left out). */
  columns: string[];
  key: string[];
}
const shapes = new Map<string, Shape>();

const shapeOf = async (db: Executor, table: string): Promise<Shape> => {
  const known = shapes.get(table);
  if (known) return known;
  const columns = await rowsOf<{ name: string }>(
    db,
    sql`SELECT column_name AS name FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name = ${table} AND is_generated = 'NEVER' ORDER BY ordinal_position`,
  );
  const key = await rowsOf<{ name: string }>(
    db,
    sql`SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
        WHERE i.indrelid = ${`public.${table}`}::regclass AND i.indisprimary`,
  );
  const shape = { columns: columns.map((c) => `"${c.name}"`), key: key.map((c) => `"${c.name}"`) };
  shapes.set(table, shape);
  return shape;
};

/**
 * Tests only: a copy of every table in a schema of its own, and a restore that puts back only
 * the rows a test changed (most tests touch a few), so the contract suite starts every test from
 * the same seed in milliseconds instead of reloading it.
 */
export const saveCheckpoint = async (db: Executor): Promise<void> => {
  await db.execute(sql.raw('DROP SCHEMA IF EXISTS nd_checkpoint CASCADE'));
  await db.execute(sql.raw('CREATE SCHEMA nd_checkpoint'));
  for (const t of tables) {
    const { columns } = await shapeOf(db, t);
    await db.execute(sql.raw(`CREATE TABLE nd_checkpoint."${t}" AS SELECT ${columns.join(', ')} FROM "${t}"`));
  }
};

export const restoreCheckpoint = async (db: Executor): Promise<void> => {
  // Within this transaction triggers are off, foreign keys included: each table is put back on
  // its own, in any order, and the whole comes back consistent because every table does.
  await db.execute(sql.raw('SET LOCAL session_replication_role = replica'));
  for (const t of tables) {
    const { columns, key } = await shapeOf(db, t);
    const same = key.map((k) => `s.${k} = "${t}".${k}`).join(' AND ');
    const saved = `nd_checkpoint."${t}"`;
    await db.execute(sql.raw(`DELETE FROM "${t}" WHERE NOT EXISTS (SELECT 1 FROM ${saved} s WHERE ${same})`));
    const list = columns.join(', ');
    await db.execute(sql.raw(
      `INSERT INTO "${t}" (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM ${saved} s
       WHERE NOT EXISTS (SELECT 1 FROM "${t}" WHERE ${same})`,
    ));
    const values = columns.filter((c) => !key.includes(c));
    if (!values.length) continue;
    const row = (alias: string) => `ROW(${values.map((c) => `${alias}.${c}`).join(', ')})`;
    const set = values.map((c) => `${c} = s.${c}`).join(', ');
    await db.execute(sql.raw(
      `UPDATE "${t}" SET ${set} FROM ${saved} s WHERE ${same} AND ${row(`"${t}"`)} IS DISTINCT FROM ${row('s')}`,
    ));
  }
  for (const t of withIdentity) await resetIdentity(db, t);
};
