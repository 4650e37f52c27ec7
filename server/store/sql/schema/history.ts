import { sql } from 'drizzle-orm';
import {
  bigint, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { ArticleInput } from '../../../../src/schemas';
import { articles } from './content';
import { instant, sortIndex } from './types';

// No foreign key from these tables to users: history outlives the people who made it.

export const revisions = pgTable('revisions', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  articleId: integer('article_id').notNull(),
  version: integer('version').notNull(),
  snapshot: jsonb('snapshot').$type<ArticleInput>().notNull(),
  createdAt: instant('created_at').notNull(),
  createdBy: integer('created_by'),
  createdByName: text('created_by_name'),
}, (t) => [
  foreignKey({ name: 'revisions_article_fk', columns: [t.articleId], foreignColumns: [articles.id] }).onDelete('cascade'),
  index('revisions_article_idx').on(t.articleId, t.version),
]);

export const activity = pgTable('activity', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  at: instant('at').notNull(),
  userId: integer('user_id'),
  userName: text('user_name'),
  action: text('action').notNull(),
  resource: text('resource').notNull(),
  recordId: integer('record_id').notNull(),
  changedFields: text('changed_fields').array().notNull(),
  label: text('label').notNull(),
}, (t) => [sortIndex('activity_at_idx', t.at, t.id), index('activity_record_idx').on(t.resource, t.recordId)]);

/** Traffic spikes marked reviewed: one per article and day. */
export const reviews = pgTable('reviews', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  articleId: integer('article_id').notNull(),
  date: date('date', { mode: 'string' }).notNull(),
  note: text('note').notNull().default(''),
  reviewedBy: integer('reviewed_by').notNull(),
  reviewerName: text('reviewer_name'),
  reviewedAt: instant('reviewed_at').notNull(),
}, (t) => [
  uniqueIndex('reviews_article_date_key').on(t.articleId, t.date),
  foreignKey({ name: 'reviews_article_fk', columns: [t.articleId], foreignColumns: [articles.id] }).onDelete('cascade'),
]);

/**
 * One article's traffic on one day (days since 1970-01-01, UTC). `median7` is the median views
 * of the 7 days before, set when all 7 rows exist, so the spike query reads it instead of
 * scanning windows.
 */
export const metricsDaily = pgTable('metrics_daily', {
  articleId: integer('article_id').notNull(),
  day: integer('day').notNull(),
  views: integer('views').notNull(),
  shares: integer('shares').notNull(),
  facebook: integer('facebook').notNull(),
  x: integer('x').notNull(),
  whatsapp: integer('whatsapp').notNull(),
  telegram: integer('telegram').notNull(),
  email: integer('email').notNull(),
  median7: integer('median7'),
}, (t) => [
  primaryKey({ name: 'metrics_daily_pkey', columns: [t.articleId, t.day] }),
  foreignKey({ name: 'metrics_daily_article_fk', columns: [t.articleId], foreignColumns: [articles.id] }).onDelete('cascade'),
  // INCLUDE (views, shares) in migration 0007: sums per article over a period read the index only.
  index('metrics_daily_day_idx').on(t.day, t.articleId),
  // Spike candidates only: a few rows in a thousand, found by day without reading the others.
  index('metrics_daily_spike_idx')
    .on(t.day, sql`(${t.views}::float8 / greatest(${t.median7}, 1))`)
    .where(sql`${t.views} >= 50 AND ${t.median7} IS NOT NULL`),
]);

/**
 * The day that articles' views_7d, shares_7d, views_30d and shares_30d end on (at most one row;
 * none while there are no metric rows). traffic.ts sets it with the sums, in one transaction.
 */
export const metricsRecentDay = pgTable('metrics_recent_day', {
  day: integer('day').notNull(),
}, (t) => [primaryKey({ name: 'metrics_recent_day_pkey', columns: [t.day] })]);

/**
 * A rollup of metrics_daily: the sums of each day's rows per segment (category, author, language
 * of the article; -1 for no category or author), about 130 segments a day instead of 35,000 rows.
 * Kept by triggers in the transaction that changes the rows or an article's segment
 * (migrations/0005_rollup_triggers.sql); totals, series and breakdowns read it.
 */
const sum = (name: string) => bigint(name, { mode: 'number' }).notNull();
export const metricsSegmentDaily = pgTable('metrics_segment_daily', {
  day: integer('day').notNull(),
  categoryId: integer('category_id').notNull(),
  authorId: integer('author_id').notNull(),
  lang: text('lang').notNull(),
  views: sum('views'),
  shares: sum('shares'),
  facebook: sum('facebook'),
  x: sum('x'),
  whatsapp: sum('whatsapp'),
  telegram: sum('telegram'),
  email: sum('email'),
}, (t) => [primaryKey({ name: 'metrics_segment_daily_pkey', columns: [t.day, t.categoryId, t.authorId, t.lang] })]);
