import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Article } from '../../../../src/schemas';
import type { ListQuery } from '../../types';
import { isoOrNull, paged, type Reader } from '../crud';
import { auditFields, column, type FieldMap } from '../fields';
import { articles } from '../schema';
import { auditOf } from './audit';

// Every stored column but the search document, which only the database reads.
const { search, ...stored } = getTableColumns(articles);
void search;

// Subqueries are written with aliases: drizzle leaves columns unqualified in a one-table query.

/** `tagIds` in the order written (article_tags.position). */
const tagIdsOf = sql<number[]>`coalesce((SELECT array_agg(t.tag_id ORDER BY t.position) FROM article_tags t WHERE t.article_id = "articles"."id"), '{}')`;

const hasTags = (ids: number[]): SQL =>
  sql`EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = "articles"."id" AND t.tag_id IN (${sql.join(ids.map((id) => sql`${id}::int`), sql`, `)}))`;

export const articleFields: FieldMap = {
  ...auditFields(articles),
  title: column(articles.title, 'text'),
  slug: column(articles.slug, 'text'),
  lang: column(articles.lang, 'text'),
  translationOf: column(articles.translationOf, 'int'),
  summary: column(articles.summary, 'text'),
  categoryId: column(articles.categoryId, 'int'),
  tagIds: {
    type: 'int[]',
    exists: hasTags,
    none: sql`NOT EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = "articles"."id")`,
  },
  authorId: column(articles.authorId, 'int'),
  'featuredImage.photoCreditId': column(articles.photoCreditId, 'int'),
  status: column(articles.status, 'text'),
  publishAt: column(articles.publishAt, 'time'),
  publishedAt: column(articles.publishedAt, 'time'),
  isBreaking: column(articles.isBreaking, 'bool'),
  isFeatured: column(articles.isFeatured, 'bool'),
  slugLine: column(articles.slugLine, 'text'),
  copyright: column(articles.copyright, 'text'),
  seoTitle: column(articles.seoTitle, 'text'),
  seoDescription: column(articles.seoDescription, 'text'),
  views: column(articles.views, 'int'),
  shares: column(articles.shares, 'int'),
};

/**
 * Full text (the generated `search` document, GIN-indexed, each article in its language's
 * configuration) or a title that starts with the query, for a title typed in part.
 *
 * The prefix is a range of the title index (text_pattern_ops compares bytes, so every title
 * that starts with p lies in [p, p + U+10FFFF)), not `LIKE p || '%'`: LIKE is only approximated
 * by the index, so PostgreSQL would check the whole OR again on every row the bitmap finds,
 * reading each one's search document. For a common word (23,268 of 50,000 articles) that took
 * the count from 20 to 200 ms. A title whose prefix goes on with the noncharacter U+10FFFF is
 * found by its words only.
 */
export const articleSearch = (q: string): SQL => {
  const title = sql`nd_normalize(lower(${articles.title}))`;
  const prefix = sql`nd_normalize(lower(${q}))`;
  return sql`(${articles.search} @@ nd_search_query(${q}) OR (${title} ~>=~ ${prefix} AND ${title} ~<~ (${prefix} || chr(1114111))))`;
};

/** Sort key `relevance`: the text-search rank of `q`, used only when a sort asks for it. */
const relevance = (query: ListQuery): Record<string, SQL> => {
  const q = query.q?.trim();
  return q ? { relevance: sql`ts_rank(${articles.search}, nd_search_query(${q}))` } : { relevance: sql`0` };
};

export const articleReader: Reader<Article> = {
  table: articles,
  id: articles.id,
  fields: articleFields,
  search: articleSearch,
  extraOrder: relevance,
  async fetch(db, where, order, page) {
    const rows = await paged(db.select({ a: stored, tagIds: tagIdsOf }).from(articles).where(where).orderBy(...order).$dynamic(), page);
    return rows.map(({ a, tagIds }) => ({
      id: a.id, title: a.title, slug: a.slug, lang: a.lang as Article['lang'], translationOf: a.translationOf,
      summary: a.summary, body: a.body, categoryId: a.categoryId, tagIds, authorId: a.authorId,
      featuredImage: a.imageUrl === null ? null : { url: a.imageUrl, alt: a.imageAlt, caption: a.imageCaption, photoCreditId: a.photoCreditId },
      status: a.status as Article['status'], publishAt: isoOrNull(a.publishAt), publishedAt: isoOrNull(a.publishedAt),
      isBreaking: a.isBreaking, isFeatured: a.isFeatured, slugLine: a.slugLine, copyright: a.copyright,
      seoTitle: a.seoTitle, seoDescription: a.seoDescription, views: a.views, shares: a.shares, ...auditOf(a),
    }));
  },
};
