import type { Db } from '../types';
import type { Executor } from './driver';
import { sqlMetrics } from './metrics';
import { articleCollection } from './records/articles';
import { credentialStore, loginFailureStore, sessionStore } from './records/auth';
import { activityCollection, reviewCollection, revisionCollection } from './records/history';
import { authorCollection, photoCreditCollection, userCollection } from './records/people';
import { categoryCollection, tagCollection } from './records/taxonomy';

/** The collections over one executor: the root database, or one transaction. */
export const makeDb = (db: Executor): Db => ({
  articles: articleCollection(db),
  categories: categoryCollection(db),
  tags: tagCollection(db),
  authors: authorCollection(db),
  photoCredits: photoCreditCollection(db),
  users: userCollection(db),
  revisions: revisionCollection(db),
  activity: activityCollection(db),
  reviews: reviewCollection(db),
  sessions: sessionStore(db),
  credentials: credentialStore(db),
  loginFailures: loginFailureStore(db),
  metrics: sqlMetrics(db),
});
