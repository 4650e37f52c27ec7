import { sql } from 'drizzle-orm';
import {
  boolean, foreignKey, index, integer, pgTable, primaryKey, text, uniqueIndex,
} from 'drizzle-orm/pg-core';
import { auditColumns, instant, sortIndex, textDefault, tsvector } from './types';

/**
 * The newsroom's content. Constraint names are explicit: errors.ts maps a refused write to the
 * API field by the constraint's name.
 */

export const categories = pgTable('categories', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  nameEn: text('name_en').notNull(),
  nameAr: text('name_ar').notNull(),
  slug: text('slug').notNull(),
  parentId: integer('parent_id'),
  position: integer('position').notNull().default(0),
  ...auditColumns(),
}, (t) => [
  uniqueIndex('categories_slug_key').on(t.slug),
  foreignKey({ name: 'categories_parent_fk', columns: [t.parentId], foreignColumns: [t.id] }).onDelete('restrict'),
]);

export const tags = pgTable('tags', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  name: text('name').notNull(),
  slug: text('slug').notNull(),
  ...auditColumns(),
}, (t) => [uniqueIndex('tags_slug_key').on(t.slug)]);

export const authors = pgTable('authors', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  bioEn: textDefault('bio_en'),
  bioAr: textDefault('bio_ar'),
  email: textDefault('email'),
  avatarUrl: textDefault('avatar_url'),
  website: textDefault('website'),
  ...auditColumns(),
});

export const photoCredits = pgTable('photo_credits', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  photographer: text('photographer').notNull(),
  agency: textDefault('agency'),
  license: text('license').notNull(),
  notes: textDefault('notes'),
  ...auditColumns(),
});

export const articles = pgTable('articles', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  title: text('title').notNull(),
  slug: text('slug').notNull(),
  lang: text('lang').notNull(),
  translationOf: integer('translation_of'),
  summary: textDefault('summary'),
  body: textDefault('body'),
  categoryId: integer('category_id'),
  authorId: integer('author_id'),
  // featuredImage, flattened: a null url means the article has no image.
  imageUrl: text('image_url'),
  imageAlt: textDefault('image_alt'),
  imageCaption: textDefault('image_caption'),
  photoCreditId: integer('photo_credit_id'),
  status: text('status').notNull(),
  publishAt: instant('publish_at'),
  publishedAt: instant('published_at'),
  isBreaking: boolean('is_breaking').notNull().default(false),
  isFeatured: boolean('is_featured').notNull().default(false),
  slugLine: textDefault('slug_line'),
  copyright: textDefault('copyright'),
  seoTitle: textDefault('seo_title'),
  seoDescription: textDefault('seo_description'),
  // Sums of the article's metrics_daily rows, kept by traffic.ts, so sorting by them is an index walk.
  views: integer('views').notNull().default(0),
  shares: integer('shares').notNull().default(0),
  // The same over the last 7 and 30 days ending on metrics_recent_day.day: top lists of those
  // periods walk their indexes (traffic.ts keeps them, metrics/index.ts reads them).
  views7d: integer('views_7d').notNull().default(0),
  shares7d: integer('shares_7d').notNull().default(0),
  views30d: integer('views_30d').notNull().default(0),
  shares30d: integer('shares_30d').notNull().default(0),
  ...auditColumns(),
  // nd_article_document is defined in the first (custom) migration.
  search: tsvector('search').generatedAlwaysAs(sql`nd_article_document(lang, title, summary, body)`),
}, (t) => [
  uniqueIndex('articles_lang_slug_key').on(t.lang, t.slug),
  foreignKey({ name: 'articles_category_fk', columns: [t.categoryId], foreignColumns: [categories.id] }).onDelete('restrict'),
  foreignKey({ name: 'articles_author_fk', columns: [t.authorId], foreignColumns: [authors.id] }).onDelete('restrict'),
  foreignKey({ name: 'articles_photo_credit_fk', columns: [t.photoCreditId], foreignColumns: [photoCredits.id] }).onDelete('restrict'),
  foreignKey({ name: 'articles_translation_fk', columns: [t.translationOf], foreignColumns: [t.id] }).onDelete('restrict'),
  index('articles_category_idx').on(t.categoryId),
  index('articles_author_idx').on(t.authorId),
  index('articles_photo_credit_idx').on(t.photoCreditId),
  index('articles_translation_idx').on(t.translationOf),
  index('articles_status_idx').on(t.status),
  // The status counts (and lists) of one language: an index-only scan instead of every row.
  index('articles_lang_status_idx').on(t.lang, t.status),
  // The default list order (publishedAt DESC, then id) and the other common sorts. Lists order
  // ASC NULLS FIRST / DESC NULLS LAST (list.ts), which these indexes give read either way.
  sortIndex('articles_published_idx', t.publishedAt, t.id),
  sortIndex('articles_updated_idx', t.updatedAt, t.id),
  sortIndex('articles_views_idx', t.views, t.id),
  sortIndex('articles_shares_idx', t.shares, t.id),
  // A top list's order exactly (most first, ties to the lower id): the first N entries are the answer.
  index('articles_views_7d_idx').on(t.views7d.desc(), t.id.asc()),
  index('articles_shares_7d_idx').on(t.shares7d.desc(), t.id.asc()),
  index('articles_views_30d_idx').on(t.views30d.desc(), t.id.asc()),
  index('articles_shares_30d_idx').on(t.shares30d.desc(), t.id.asc()),
  // The article list's Breaking-first order: [["isBreaking","DESC"],["publishedAt","DESC"]], ties by id.
  index('articles_breaking_idx').on(t.isBreaking.desc().nullsLast(), t.publishedAt.desc().nullsLast(), t.id.desc().nullsLast()),
  index('articles_search_idx').using('gin', t.search),
  // The title prefix match of `q` (text_pattern_ops: LIKE 'x%' in any collation).
  index('articles_title_prefix_idx').on(sql`nd_normalize(lower(${t.title})) text_pattern_ops`),
]);

/** The tags of an article, in the order of its `tagIds`. */
export const articleTags = pgTable('article_tags', {
  articleId: integer('article_id').notNull(),
  tagId: integer('tag_id').notNull(),
  position: integer('position').notNull(),
}, (t) => [
  // Keyed by position, not tag: the store keeps `tagIds` exactly as written.
  primaryKey({ name: 'article_tags_pkey', columns: [t.articleId, t.position] }),
  foreignKey({ name: 'article_tags_article_fk', columns: [t.articleId], foreignColumns: [articles.id] }).onDelete('cascade'),
  foreignKey({ name: 'article_tags_tag_fk', columns: [t.tagId], foreignColumns: [tags.id] }).onDelete('restrict'),
  index('article_tags_tag_idx').on(t.tagId, t.articleId),
]);
