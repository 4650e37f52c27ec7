import type { ArticleStatus, Language } from '../../src/schemas';
import type { SeedArticle } from './index';
import { DAY_MS } from '../rules/clock';
import type { Rng } from './random';
import { actors, contexts, headline, objects, tails, verbs, weekdays } from './headlines';
import { AFP_AUTHOR_ID, authorSeed, photoCreditSeed, tagSlugs } from './taxonomy';
import type { GeneratedBodies } from './bodies';
import { iso } from './iso';

const HOUR = 3_600_000;

/** Status mix of a working newsroom: mostly published, a tail of every other state. */
const pickStatus = (rng: Rng): ArticleStatus => {
  const r = rng.next();
  if (r < 0.7) return 'published';
  if (r < 0.8) return 'draft';
  if (r < 0.87) return 'in_review';
  if (r < 0.92) return 'scheduled';
  return 'archived';
};
/** News sections get most of the copy; Breaking News (2) only breaking stories. */
const categoryWeights = [3, 3, 4, 6, 1, 1, 2, 3, 2, 1];
const categoryIds = [3, 4, 5, 1, 6, 7, 8, 9, 10, 11];
const pickCategory = (rng: Rng) => {
  let r = rng.int(categoryWeights.reduce((a, b) => a + b, 0));
  for (let i = 0; i < categoryIds.length; i++) if ((r -= categoryWeights[i]) < 0) return categoryIds[i];
  return 1;
};
const trigram = (rng: Rng) => String.fromCharCode(97 + rng.int(26), 97 + rng.int(26), 97 + rng.int(26));

const storyShape = [actors.length, verbs.length, objects.length, contexts.length, weekdays.length, tails.length];
/** The indices of a headline's pieces; a translation reuses its original's. */
export type Story = number[];
const newStory = (rng: Rng): Story => storyShape.map((n) => rng.int(n));

/** 1 to 4 distinct tag ids, ascending, without copying the tag list. */
const pickTags = (rng: Rng): number[] => {
  const out: number[] = [];
  const n = rng.between(1, 4);
  while (out.length < n) {
    const t = 1 + rng.int(tagSlugs.length);
    if (!out.includes(t)) out.push(t);
  }
  return out.sort((a, b) => a - b);
};

/**
 * One generated article. `pairOf` is an English article this one translates: same story
 * indices, so the Arabic headline says the same thing.
 */
export const generateArticle = (
  id: number,
  lang: Language,
  rng: Rng,
  now: number,
  bodies: GeneratedBodies,
  story: Story = newStory(rng),
): { article: SeedArticle; story: Story } => {
  const h = headline(lang, story);
  const status = pickStatus(rng);
  const agency = rng.chance(0.5);
  const authorId = agency ? AFP_AUTHOR_ID : authorSeed[1 + rng.int(authorSeed.length - 1)].id;
  // Older than the hand-written front-page stories (5 h and more), mostly recent.
  const age = 6 * HOUR + Math.floor(rng.next() ** 2 * 120 * DAY_MS);
  const published = status === 'published' || status === 'archived' ? now - age : null;
  const created = (published ?? now - rng.int(20 * DAY_MS)) - rng.between(1, 48) * HOUR;
  const updated = Math.min(now, created + rng.int(72 * HOUR));
  const publishAt = status === 'scheduled' ? Math.ceil((now + rng.between(1, 24 * 14) * HOUR) / 300_000) * 300_000 : null;
  bodies.generate(id, lang, rng);
  const hasImage = rng.chance(0.7);
  const credit = photoCreditSeed[rng.int(photoCreditSeed.length)];
  const categoryId = pickCategory(rng);
  const breaking = published !== null && age < 2 * DAY_MS && rng.chance(0.3);
  return {
    story,
    article: {
      id,
      title: h.title,
      slug: `${h.slugBase}-${id}`,
      lang,
      translationOf: null,
      summary: h.summary,
      body: null,
      categoryId: breaking && rng.chance(0.5) ? 2 : categoryId,
      tagIds: pickTags(rng),
      authorId,
      featuredImage: hasImage
        ? {
            url: `https://picsum.photos/seed/nd${id}/1200/675`,
            alt: h.title,
            caption: `${h.title}. (Photo by ${credit.photographer} / ${credit.agency})`,
            photoCreditId: credit.id,
          }
        : null,
      status,
      publishAt: publishAt === null ? null : iso(publishAt),
      publishedAt: published === null ? null : iso(published),
      isBreaking: breaking,
      isFeatured: published !== null && rng.chance(0.05),
      slugLine: agency ? `${trigram(rng)}-${trigram(rng)}/${trigram(rng)}` : '',
      copyright: agency ? '© Agence France-Presse' : '© Newsdesk',
      seoTitle: rng.chance(0.3) ? h.title.slice(0, 70) : '',
      seoDescription: rng.chance(0.3) ? h.summary.slice(0, 160) : '',
      createdAt: iso(created),
      updatedAt: iso(Math.max(updated, published ?? 0)),
      createdBy: rng.chance(0.6) ? 2 : 1,
      updatedBy: rng.chance(0.6) ? 2 : 1,
      version: 1,
    },
  };
};
