import { bigint, index, integer, pgTable, text } from 'drizzle-orm/pg-core';

/**
 * Counts kept by the database (migrations/0009_kept_counts.sql). Statement triggers append each
 * statement's change as a row, a read sums a key's rows, and housekeeping (`nd_fold_counts`)
 * folds them into one row per key. Rows are only ever added, never updated, so a writer waits for
 * no other writer's counter row: saves neither queue nor deadlock on a count.
 */
const counted = { id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(), n: integer('n').notNull() };

/** Per tag, the articles carrying it (a tag's `articleCount`). */
export const tagArticleCounts = pgTable('tag_article_counts', {
  ...counted,
  tagId: integer('tag_id').notNull(),
}, (t) => [index('tag_article_counts_tag_idx').on(t.tagId)]);

/** Per language and status, the articles (the status tabs' counts, unfiltered or by language). */
export const articleStatusCounts = pgTable('article_status_counts', {
  ...counted,
  lang: text('lang').notNull(),
  status: text('status').notNull(),
});
