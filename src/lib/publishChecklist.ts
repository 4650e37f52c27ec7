import type { ArticleInput, FeaturedImage } from '../schemas/article';
import { countWords } from './words';

/**
 * What an article needs before it goes on the site (Scheduled or Published). Pure, so the
 * editor's checklist panel and the server's refusal judge the same data the same way.
 */

export const CHECKLIST_MIN_BODY_WORDS = 50;

/** The fields the checklist reads, as a form holds them (any may still be empty). */
export type ChecklistArticle = Partial<
  Pick<ArticleInput, 'title' | 'summary' | 'body' | 'categoryId' | 'authorId'>
> & { featuredImage?: Partial<FeaturedImage> | null };

/** Existence checks for referenced records; when one is omitted, any id counts as present. */
export interface ChecklistLookups {
  hasCategory?: (id: number) => boolean;
  hasAuthor?: (id: number) => boolean;
  hasPhotoCredit?: (id: number) => boolean;
}

export type ChecklistItemId =
  'title' | 'summary' | 'body' | 'category' | 'author' | 'image_alt' | 'image_credit';

export interface ChecklistItem {
  id: ChecklistItemId;
  /** The form field to focus when the item is missing. */
  field: string;
  ok: boolean;
  /** i18n key stating the requirement (or, for a dangling reference, the problem). */
  message: string;
  /** Interpolation values for the message. */
  params?: Record<string, number>;
}

const k = (s: string) => `nd.workflow.checklist.${s}`;
export const checklistMessages = {
  title: k('title'),
  summary: k('summary'),
  body: k('body'),
  category: k('category'),
  categoryUnknown: k('category_unknown'),
  author: k('author'),
  authorUnknown: k('author_unknown'),
  imageAlt: k('image_alt'),
  imageCredit: k('image_credit'),
  imageCreditUnknown: k('image_credit_unknown'),
} as const;

const filled = (s: string | null | undefined) => !!s && s.trim().length > 0;

const reference = (
  id: ChecklistItemId,
  field: string,
  value: number | null | undefined,
  exists: ((id: number) => boolean) | undefined,
  message: string,
  unknown: string,
): ChecklistItem => {
  if (value == null) return { id, field, ok: false, message };
  const known = exists ? exists(value) : true;
  return { id, field, ok: known, message: known ? message : unknown };
};

/**
 * Every item in a fixed order, each ok or missing. The two image items appear only when the
 * article has a featured image (a URL): an article without one is not penalised.
 */
export const publishChecklist = (
  article: ChecklistArticle,
  lookups: ChecklistLookups = {},
): ChecklistItem[] => {
  const m = checklistMessages;
  const words = countWords(article.body);
  const items: ChecklistItem[] = [
    { id: 'title', field: 'title', ok: filled(article.title), message: m.title },
    { id: 'summary', field: 'summary', ok: filled(article.summary), message: m.summary },
    {
      id: 'body',
      field: 'body',
      ok: words >= CHECKLIST_MIN_BODY_WORDS,
      message: m.body,
      params: { min: CHECKLIST_MIN_BODY_WORDS, count: words },
    },
    reference(
      'category',
      'categoryId',
      article.categoryId,
      lookups.hasCategory,
      m.category,
      m.categoryUnknown,
    ),
    reference('author', 'authorId', article.authorId, lookups.hasAuthor, m.author, m.authorUnknown),
  ];
  const image = article.featuredImage;
  if (image && filled(image.url)) {
    items.push(
      { id: 'image_alt', field: 'featuredImage.alt', ok: filled(image.alt), message: m.imageAlt },
      reference(
        'image_credit',
        'featuredImage.photoCreditId',
        image.photoCreditId,
        lookups.hasPhotoCredit,
        m.imageCredit,
        m.imageCreditUnknown,
      ),
    );
  }
  return items;
};

export const isReadyToPublish = (article: ChecklistArticle, lookups?: ChecklistLookups): boolean =>
  publishChecklist(article, lookups).every((item) => item.ok);
