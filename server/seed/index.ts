import type { Activity, Article, Author, Category, Language, PhotoCredit, Revision, Tag, User } from '../../src/schemas';
import { DAY_MS } from '../rules/clock';
import { snapshotOf } from '../rules/snapshot';
import { createRng } from './random';
import { GeneratedBodies } from './bodies';
import { generateArticle } from './articles';
import { namedArticles } from './named';
import {
  AFP_AUTHOR_ID, authorSeed, categorySeed, demoCredential, photoCreditSeed, tagSlugs, userSeed,
} from './taxonomy';
import { iso } from './iso';

/**
 * An article of the seed. A generated article's body is `null`: it is drawn from a pool of
 * blocks (bodies.ts) and read with `SeedData.bodyOf`, so 50,000 bodies cost a few hundred kB
 * until a store writes them out.
 */
export type SeedArticle = Omit<Article, 'views' | 'shares' | 'body'> & { body: string | null };

export interface SeedData {
  size: number;
  /** The instant the seed was built for (dates are relative to it). */
  now: number;
  categories: Omit<Category, 'articleCount'>[];
  tags: Omit<Tag, 'articleCount'>[];
  authors: Omit<Author, 'articleCount'>[];
  photoCredits: Omit<PhotoCredit, 'usageCount'>[];
  users: User[];
  /** Password hashes by user id. */
  credentials: Map<number, string>;
  articles: SeedArticle[];
  bodies: GeneratedBodies;
  revisions: Revision[];
  activity: (Activity & { userName: string | null })[];
}

export const DEFAULT_SEED_SIZE = 2000;
export const MAX_SEED_SIZE = 200_000;

/** The body of a seeded article, generated or written. */
export const seedBody = (seed: SeedData, a: SeedArticle): string =>
  a.body ?? (seed.bodies.has(a.id) ? seed.bodies.html(a.id) : '');

/** Same size and same clock, same data: every random draw comes from one seeded generator. */
export const buildSeed = (size: number = DEFAULT_SEED_SIZE, now: number = Date.now()): SeedData => {
  const rng = createRng(20251028);
  const long = iso(now - 400 * DAY_MS);
  const audit = { createdAt: long, updatedAt: long, createdBy: 1, updatedBy: 1, version: 1 };
  const bodies = new GeneratedBodies(size);
  const articles: SeedArticle[] = [];

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

  const users: User[] = userSeed.map((u) => ({ ...u, ...audit, lastLoginAt: null }));
  const nameOf = (id: number | null) => users.find((u) => u.id === id)?.name ?? null;
  const revisions: Revision[] = articles.slice(0, namedArticles.length).map((a, i) => ({
    id: i + 1, articleId: a.id, version: 1, snapshot: snapshotOf({ ...a, body: a.body ?? '' }),
    createdAt: a.createdAt, createdBy: a.createdBy, createdByName: nameOf(a.createdBy),
  }));
  const recent = articles.slice(-40).sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  const activity = recent.map((a, i) => ({
    id: i + 1, at: a.updatedAt, userId: a.updatedBy, userName: nameOf(a.updatedBy), action: 'update' as const,
    resource: 'articles', recordId: a.id, changedFields: ['title', 'body'], label: a.title,
  }));

  return {
    size,
    now,
    categories: categorySeed.map((c) => ({ ...c, ...audit })),
    tags: tagSlugs.map((slug, i) => ({ id: i + 1, name: slug, slug, ...audit })),
    authors: authorSeed.map((a) => ({ ...a, ...audit })),
    photoCredits: photoCreditSeed.map((c) => ({ ...c, ...audit })),
    users,
    credentials: new Map(userSeed.map((u) => [u.id, demoCredential(u.id)])),
    articles,
    bodies,
    revisions,
    activity,
  };
};
