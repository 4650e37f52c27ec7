import type { Language } from '../src/schemas';
import { DAY_MS } from './clock';
import { createRng } from './random';
import { GeneratedBodies } from './seed/bodies';
import { generateArticle } from './seed/articles';
import { namedArticles } from './seed/named';
import { snapshotOf } from './db/snapshot';
import {
  AFP_AUTHOR_ID, authorSeed, categorySeed, demoCredential, photoCreditSeed, tagSlugs, userSeed,
} from './seed/taxonomy';
import type {
  Credential, StoredActivity, StoredArticle, StoredAuthor, StoredCategory, StoredPhotoCredit,
  StoredRevision, StoredTag, StoredUser,
} from './db/types';

export interface SeedData {
  size: number;
  categories: StoredCategory[];
  tags: StoredTag[];
  authors: StoredAuthor[];
  photoCredits: StoredPhotoCredit[];
  users: StoredUser[];
  credentials: Map<number, Credential>;
  articles: StoredArticle[];
  bodies: GeneratedBodies;
  revisions: StoredRevision[];
  activity: StoredActivity[];
}

export const DEFAULT_SEED_SIZE = 2000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Same size and same clock, same data: every random draw comes from one seeded generator. */
export const buildSeed = (size: number = DEFAULT_SEED_SIZE, now: number = Date.now()): SeedData => {
  const rng = createRng(20251028);
  const long = iso(now - 400 * DAY_MS);
  const audit = { createdAt: long, updatedAt: long, createdBy: 1, updatedBy: 1 };
  const bodies = new GeneratedBodies(size);
  const articles: StoredArticle[] = [];

  namedArticles.slice(0, size).forEach((n, i) => {
    const published = now - n.hoursAgo * 3_600_000;
    articles.push({
      id: i + 1, title: n.title, slug: n.slug, lang: 'en', translationOf: null, summary: n.summary,
      body: n.body, categoryId: n.categoryId, tagIds: [...n.tagIds].sort((a, b) => a - b), authorId: AFP_AUTHOR_ID,
      featuredImage: n.featuredImage, status: 'published', publishAt: null, publishedAt: iso(published),
      isBreaking: n.isBreaking, isFeatured: n.isFeatured, slugLine: n.slugLine, copyright: '© Agence France-Presse',
      seoTitle: '', seoDescription: '', createdAt: iso(published - 3_600_000), updatedAt: iso(published),
      createdBy: 2, updatedBy: 2, version: 1,
    });
  });

  let previous: ReturnType<typeof generateArticle> | null = null;
  for (let id = articles.length + 1; id <= size; id++) {
    const translate = previous !== null && previous.article.lang === 'en' && rng.chance(0.15);
    const lang: Language = translate ? 'ar' : rng.chance(0.7) ? 'en' : 'ar';
    const next = generateArticle(id, lang, rng, now, bodies, translate ? previous!.story : undefined);
    if (translate) {
      next.article.translationOf = previous!.article.id;
      previous!.article.translationOf = id;
    }
    articles.push(next.article);
    previous = next;
  }

  const revisions: StoredRevision[] = articles.slice(0, namedArticles.length).map((a, i) => ({
    id: i + 1, articleId: a.id, version: 1, snapshot: snapshotOf({ ...a, body: a.body ?? '' }),
    createdAt: a.createdAt, createdBy: a.createdBy,
  }));
  const recent = articles.slice(-40).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  const activity: StoredActivity[] = recent.map((a, i) => ({
    id: i + 1, at: a.updatedAt, userId: a.updatedBy, action: 'update', resource: 'articles',
    recordId: a.id, changedFields: ['title', 'body'], label: a.title,
  }));

  return {
    size,
    categories: categorySeed.map((c) => ({ ...c, ...audit })),
    tags: tagSlugs.map((slug, i) => ({ id: i + 1, name: slug, slug, ...audit })),
    authors: authorSeed.map((a) => ({ ...a, ...audit })),
    photoCredits: photoCreditSeed.map((c) => ({ ...c, ...audit })),
    users: userSeed.map((u) => ({ ...u, ...audit, lastLoginAt: null })),
    credentials: new Map(userSeed.map((u) => [u.id, demoCredential(u.id)])),
    articles,
    bodies,
    revisions,
    activity,
  };
};
