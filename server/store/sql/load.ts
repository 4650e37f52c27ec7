import { sql } from 'drizzle-orm';
import { dayNumber } from '../../rules/clock';
import { seedBody, type SeedData } from '../../seed';
import { bulkInsert, resetIdentity, type BulkColumn } from './bulk';
import type { Executor } from './driver';
import { generateRows, holdTrafficAlone, refreshTotals } from './traffic';

const audit: BulkColumn[] = [
  ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'], ['created_by', 'int'], ['updated_by', 'int'], ['version', 'int'],
];
const auditOf = (r: { createdAt: string; updatedAt: string; createdBy: number | null; updatedBy: number | null; version: number }) => ({
  created_at: r.createdAt, updated_at: r.updatedAt, created_by: r.createdBy, updated_by: r.updatedBy, version: r.version,
});

const articleColumns: BulkColumn[] = [
  ['id', 'int'], ['title', 'text'], ['slug', 'text'], ['lang', 'text'], ['summary', 'text'], ['body', 'text'],
  ['category_id', 'int'], ['author_id', 'int'], ['image_url', 'text'], ['image_alt', 'text'], ['image_caption', 'text'],
  ['photo_credit_id', 'int'], ['status', 'text'], ['publish_at', 'timestamptz'], ['published_at', 'timestamptz'],
  ['is_breaking', 'boolean'], ['is_featured', 'boolean'], ['slug_line', 'text'], ['copyright', 'text'],
  ['seo_title', 'text'], ['seo_description', 'text'], ...audit,
];

const tables = [
  'tag_article_counts', 'article_status_counts', 'metrics_segment_daily', 'metrics_daily', 'reviews', 'revisions', 'activity', 'article_tags', 'articles', 'sessions', 'credentials',
  'login_failures', 'users', 'photo_credits', 'authors', 'tags', 'categories',
];

/** Generated rows, so 50,000 article bodies never sit in memory at once. */
function* articleRows(seed: SeedData) {
  for (const a of seed.articles) {
    const img = a.featuredImage;
    yield {
      id: a.id, title: a.title, slug: a.slug, lang: a.lang, summary: a.summary, body: seedBody(seed, a),
      category_id: a.categoryId, author_id: a.authorId, image_url: img?.url ?? null, image_alt: img?.alt ?? '',
      image_caption: img?.caption ?? '', photo_credit_id: img?.photoCreditId ?? null, status: a.status,
      publish_at: a.publishAt, published_at: a.publishedAt, is_breaking: a.isBreaking, is_featured: a.isFeatured,
      slug_line: a.slugLine, copyright: a.copyright, seo_title: a.seoTitle, seo_description: a.seoDescription, ...auditOf(a),
    };
  }
}
function* tagRows(seed: SeedData) {
  for (const a of seed.articles) for (let i = 0; i < a.tagIds.length; i++) yield { article_id: a.id, tag_id: a.tagIds[i], position: i };
}

/** Replaces everything with the seed, ids included, and generates its traffic (one transaction). */
export const loadSeed = async (tx: Executor, seed: SeedData): Promise<void> => {
  await holdTrafficAlone(tx);
  await tx.execute(sql.raw(`TRUNCATE ${tables.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY`));
  await bulkInsert(tx, 'categories', [['id', 'int'], ['name_en', 'text'], ['name_ar', 'text'], ['slug', 'text'], ['parent_id', 'int'], ['position', 'int'], ...audit],
    seed.categories.map((c) => ({ id: c.id, name_en: c.name.en, name_ar: c.name.ar, slug: c.slug, parent_id: c.parentId, position: c.position, ...auditOf(c) })));
  await bulkInsert(tx, 'tags', [['id', 'int'], ['name', 'text'], ['slug', 'text'], ...audit],
    seed.tags.map((t) => ({ id: t.id, name: t.name, slug: t.slug, ...auditOf(t) })));
  await bulkInsert(tx, 'authors', [['id', 'int'], ['name', 'text'], ['kind', 'text'], ['bio_en', 'text'], ['bio_ar', 'text'], ['email', 'text'], ['avatar_url', 'text'], ['website', 'text'], ...audit],
    seed.authors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, bio_en: a.bio.en, bio_ar: a.bio.ar, email: a.email, avatar_url: a.avatarUrl, website: a.website, ...auditOf(a) })));
  await bulkInsert(tx, 'photo_credits', [['id', 'int'], ['photographer', 'text'], ['agency', 'text'], ['license', 'text'], ['notes', 'text'], ...audit],
    seed.photoCredits.map((c) => ({ id: c.id, photographer: c.photographer, agency: c.agency, license: c.license, notes: c.notes, ...auditOf(c) })));
  await bulkInsert(tx, 'users', [['id', 'int'], ['name', 'text'], ['email', 'text'], ['role', 'text'], ['active', 'boolean'], ['author_id', 'int'], ['last_login_at', 'timestamptz'], ...audit],
    seed.users.map((u) => ({ id: u.id, name: u.name, email: u.email, role: u.role, active: u.active, author_id: u.authorId, last_login_at: u.lastLoginAt, ...auditOf(u) })));
  await bulkInsert(tx, 'credentials', [['user_id', 'int'], ['hash', 'text']], [...seed.credentials].map(([user_id, hash]) => ({ user_id, hash })));
  // Translations point both ways: the links are set once every article exists.
  await bulkInsert(tx, 'articles', articleColumns, articleRows(seed));
  const pairs = seed.articles.filter((a) => a.translationOf !== null).map((a) => [a.id, a.translationOf]);
  if (pairs.length) {
    await tx.execute(sql`UPDATE articles SET translation_of = p.t FROM json_to_recordset(${JSON.stringify(pairs.map(([id, t]) => ({ id, t })))}::json) AS p(id int, t int) WHERE articles.id = p.id`);
  }
  await bulkInsert(tx, 'article_tags', [['article_id', 'int'], ['tag_id', 'int'], ['position', 'int']], tagRows(seed));
  await bulkInsert(tx, 'revisions', [['id', 'int'], ['article_id', 'int'], ['version', 'int'], ['snapshot', 'jsonb'], ['created_at', 'timestamptz'], ['created_by', 'int'], ['created_by_name', 'text']],
    seed.revisions.map((r) => ({ id: r.id, article_id: r.articleId, version: r.version, snapshot: r.snapshot, created_at: r.createdAt, created_by: r.createdBy, created_by_name: r.createdByName ?? null })));
  await bulkInsert(tx, 'activity', [['id', 'int'], ['at', 'timestamptz'], ['user_id', 'int'], ['user_name', 'text'], ['action', 'text'], ['resource', 'text'], ['record_id', 'int'], ['changed_fields', 'text[]'], ['label', 'text']],
    seed.activity.map((a) => ({ id: a.id, at: a.at, user_id: a.userId, user_name: a.userName, action: a.action, resource: a.resource, record_id: a.recordId, changed_fields: a.changedFields, label: a.label })));
  for (const t of ['categories', 'tags', 'authors', 'photo_credits', 'users', 'articles', 'revisions', 'activity', 'reviews']) await resetIdentity(tx, t);
  await generateRows(tx, { last: dayNumber(seed.now) });
  await refreshTotals(tx);
};
