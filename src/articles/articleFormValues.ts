import { makeArticleInputSchema, type Article } from '../schemas';
import { zodValidate } from '../common/zodValidate';

type Values = Partial<Article> & Record<string, unknown>;

/** An image block left entirely empty means "no image", not an image with missing fields. */
export const normalizeArticle = (values: Values): Values => {
  const image = values.featuredImage;
  const empty = !image || (!image.url && !image.alt && !image.caption && !image.photoCreditId);
  return { ...values, featuredImage: empty ? null : image };
};

const schemaValidate = zodValidate(makeArticleInputSchema());
export const validateArticle = (values: Record<string, unknown>) =>
  schemaValidate(normalizeArticle(values));
