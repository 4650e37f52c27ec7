import { makeArticleInputSchema, type Article } from '../schemas';
import { zodValidate } from '../common/zodValidate';

type Image = Partial<NonNullable<Article['featuredImage']>>;

/** An image block left entirely empty means "no image", not an image with missing fields. */
export const normalizeArticle = <T extends Record<string, unknown>>(values: T): T => {
  const image = values.featuredImage as Image | null | undefined;
  const empty = !image || (!image.url && !image.alt && !image.caption && !image.photoCreditId);
  if (empty) return { ...values, featuredImage: null };
  // Fields never touched are undefined: make them empty text so the schema's own messages apply
  // ("Alt text is required when there is an image", not a bare "Required").
  return {
    ...values,
    featuredImage: {
      url: image.url ?? '',
      alt: image.alt ?? '',
      caption: image.caption ?? '',
      photoCreditId: image.photoCreditId ?? null,
    },
  };
};

const schemaValidate = zodValidate(makeArticleInputSchema());
export const validateArticle = (values: Record<string, unknown>) =>
  schemaValidate(normalizeArticle(values));
