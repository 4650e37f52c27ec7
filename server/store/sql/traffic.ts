import { sql, type SQL } from 'drizzle-orm';
import { METRIC_DAYS } from '../../seed/traffic';
import { rowsOf, type Executor } from './driver';

/**
 * The demo traffic, generated inside the database by the SQL port of server/seed/traffic.ts
 * (migrations/0000_functions.sql): the same rows, to the bit, as the in-memory store derives.
 * An article has a row for each day from its publication (or the window's first day) to the
 * window's last day; the window is the METRIC_DAYS days ending on the last generated day.
 */

export interface GenerateOptions {
  /** The window's last day (today): rows are made up to it. */
  last: number;
  /** The first day to write (default: the window's first): earlier days exist already. */
  from?: number;
  /** Only these articles (default: every published article). */
  articleIds?: number[];
  /** Leave rows that exist (another server process advanced the day first). */
  skipExisting?: boolean;
}

const publishedDay = sql`floor(extract(epoch FROM published_at) / 86400)::int`;

const idFilter = (ids: number[] | undefined): SQL =>
  ids ? sql`AND id IN (${sql.join(ids.map((id) => sql`${id}::int`), sql`, `)})` : sql``;

/**
 * Inserts the rows of [from, last] in one INSERT … SELECT over generate_series. Views of the 7
 * days before `from` are computed too (not stored), so each row's trailing median is known.
 * `OFFSET 0` keeps each level a subquery of its own: flattened, the planner would copy a
 * level's expressions into every use above it (popularity per row, views three times).
 */
export const generateRows = async (db: Executor, o: GenerateOptions): Promise<void> => {
  const first = o.last - METRIC_DAYS + 1;
  const from = Math.max(o.from ?? first, first);
  if (from > o.last) return;
  await db.execute(sql`
    INSERT INTO metrics_daily (article_id, day, views, shares, facebook, x, whatsapp, telegram, email, median7)
    SELECT id, day, views, shares,
      shares - nd_share_part(shares, 1) - nd_share_part(shares, 2) - nd_share_part(shares, 3) - nd_share_part(shares, 4),
      nd_share_part(shares, 1), nd_share_part(shares, 2), nd_share_part(shares, 3), nd_share_part(shares, 4),
      CASE WHEN views >= 50 AND day - 7 >= first_day THEN nd_median7(previous) END
    FROM (
      SELECT id, day, first_day, views, nd_daily_shares(id, day, views) AS shares,
        array_agg(views) OVER (PARTITION BY id ORDER BY day ROWS BETWEEN 7 PRECEDING AND 1 PRECEDING) AS previous
      FROM (
        SELECT a.id, d.day, a.first_day, nd_daily_views(a.id, d.day, a.pub, a.pop) AS views
        FROM (
          SELECT id, pub, greatest(pub, ${first}::int) AS first_day, nd_popularity(id) AS pop
          FROM (SELECT id, ${publishedDay} AS pub FROM articles WHERE published_at IS NOT NULL ${idFilter(o.articleIds)} OFFSET 0) p
          WHERE greatest(pub, ${first}::int) <= ${o.last}::int
          OFFSET 0
        ) a, generate_series(greatest(a.first_day, ${from}::int - 7), ${o.last}::int) AS d(day)
        OFFSET 0
      ) v
    ) w
    WHERE day >= ${from}::int
    ${o.skipExisting ? sql`ON CONFLICT (article_id, day) DO NOTHING` : sql``}`);
};

/**
 * Serialises the daily advance (exclusive, `advanceTraffic` and `loadSeed`) with writes of an
 * article's rows (shared, taken before the article's row is locked): the recent sums are for
 * one day, and an article regenerated while the window moves would otherwise be summed for the
 * wrong one, or deadlock with the advance's update of every article.
 */
const TRAFFIC_LOCK = 7_415_002_115;
export const holdTraffic = async (db: Executor): Promise<void> => void (await db.execute(sql`SELECT pg_advisory_xact_lock_shared(${TRAFFIC_LOCK}::bigint)`));
export const holdTrafficAlone = async (db: Executor): Promise<void> => void (await db.execute(sql`SELECT pg_advisory_xact_lock(${TRAFFIC_LOCK}::bigint)`));

/**
 * Sets articles' views and shares to the sums of their rows (all articles, or these), and
 * views_7d, shares_7d, views_30d, shares_30d to the sums of their rows in the 7 and 30 days
 * ending on metrics_recent_day. For all articles, that day becomes the last day with rows first.
 */
export const refreshTotals = async (db: Executor, articleIds?: number[]): Promise<void> => {
  const only = articleIds ? sql`WHERE article_id IN (${sql.join(articleIds.map((id) => sql`${id}::int`), sql`, `)})` : sql``;
  const reset = articleIds ? sql`AND id IN (${sql.join(articleIds.map((id) => sql`${id}::int`), sql`, `)})` : sql``;
  if (!articleIds) {
    await db.execute(sql`DELETE FROM metrics_recent_day`);
    await db.execute(sql`INSERT INTO metrics_recent_day (day) SELECT max(day) FROM metrics_daily HAVING max(day) IS NOT NULL`);
  }
  const recent = (days: number) => sql`m.day BETWEEN r.day - ${days - 1}::int AND r.day`;
  await db.execute(sql`
    UPDATE articles SET views = t.views, shares = t.shares,
      views_7d = t.views_7d, shares_7d = t.shares_7d, views_30d = t.views_30d, shares_30d = t.shares_30d
    FROM (
      SELECT m.article_id, sum(m.views)::int AS views, sum(m.shares)::int AS shares,
        coalesce(sum(m.views) FILTER (WHERE ${recent(7)}), 0)::int AS views_7d,
        coalesce(sum(m.shares) FILTER (WHERE ${recent(7)}), 0)::int AS shares_7d,
        coalesce(sum(m.views) FILTER (WHERE ${recent(30)}), 0)::int AS views_30d,
        coalesce(sum(m.shares) FILTER (WHERE ${recent(30)}), 0)::int AS shares_30d
      FROM (SELECT * FROM metrics_daily ${only}) m LEFT JOIN metrics_recent_day r ON true
      GROUP BY m.article_id
    ) t
    WHERE articles.id = t.article_id
      AND (articles.views, articles.shares, articles.views_7d, articles.shares_7d, articles.views_30d, articles.shares_30d)
        IS DISTINCT FROM (t.views, t.shares, t.views_7d, t.shares_7d, t.views_30d, t.shares_30d)`);
  // Articles left without rows (unpublished, or out of the window) count nothing.
  await db.execute(sql`
    UPDATE articles SET views = 0, shares = 0, views_7d = 0, shares_7d = 0, views_30d = 0, shares_30d = 0
    WHERE (views <> 0 OR shares <> 0 OR views_7d <> 0 OR shares_7d <> 0 OR views_30d <> 0 OR shares_30d <> 0) ${reset}
      AND NOT EXISTS (SELECT 1 FROM metrics_daily m WHERE m.article_id = articles.id)`);
};

/** The last day that has rows, or null. */
export const lastMetricDay = async (db: Executor): Promise<number | null> => {
  const [row] = await rowsOf<{ day: number | null }>(db, sql`SELECT max(day) AS day FROM metrics_daily`);
  return row?.day ?? null;
};

/**
 * Moves the window on to `today` (a long-running demo server calls this daily): makes the
 * missing days' rows, drops the rows that left the window, and sets the totals again.
 */
export const advanceTraffic = async (db: Executor, today: number): Promise<void> => {
  if (((await lastMetricDay(db)) ?? -Infinity) >= today) return;
  await db.transaction(async (tx) => {
    await holdTrafficAlone(tx);
    // Again under the lock: another server process may have moved it on meanwhile.
    const last = await lastMetricDay(tx);
    if (last !== null && today <= last) return;
    await generateRows(tx, { last: today, from: last === null ? undefined : last + 1, skipExisting: true });
    await tx.execute(sql`DELETE FROM metrics_daily WHERE day < ${today - METRIC_DAYS + 1}::int`);
    await refreshTotals(tx);
  });
};

/**
 * An article's rows again after its publication changed (published, unpublished, re-dated),
 * within the current window; nothing while the database has no traffic yet.
 */
export const regenerateArticle = async (db: Executor, articleId: number): Promise<void> => {
  await holdTraffic(db);
  const last = await lastMetricDay(db);
  await db.execute(sql`DELETE FROM metrics_daily WHERE article_id = ${articleId}::int`);
  if (last !== null) await generateRows(db, { last, articleIds: [articleId] });
  await refreshTotals(db, [articleId]);
};
