import { articles } from './articles';
import { authors, categories, photoCredits, tags } from './taxonomy';
import { activity, revisions, users } from './users';

/** The resources of the contract served by the generic routes, in URL order. */
export const resources = [articles, categories, tags, authors, photoCredits, users, revisions, activity];
export { articles, authors, categories, photoCredits, tags, users, revisions, activity };
