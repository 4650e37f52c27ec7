import { articleInputObject, type ArticleInput } from '../../src/schemas';

type WithBody = { [K in keyof ArticleInput]: ArticleInput[K] };

/** The input fields of an article, as a revision keeps them. */
export const snapshotOf = (article: WithBody): ArticleInput => {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(articleInputObject.shape)) out[key] = article[key as keyof ArticleInput];
  return out as ArticleInput;
};
