import { and, asc, eq, gte, lt, lte, ne } from 'drizzle-orm';
import type { Credentials, LoginFailures, SessionRecord, Sessions } from '../../types';
import type { Executor } from '../driver';
import { guard } from '../errors';
import { credentials, loginFailures, sessions } from '../schema';

export const sessionStore = (db: Executor): Sessions => ({
  create: (s: SessionRecord) => guard(async () => void (await db.insert(sessions).values(s))),
  find: (tokenHash) =>
    guard(async () => (await db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash)))[0] ?? null),
  remove: (tokenHash) => guard(async () => void (await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash)))),
  removeForUser: (userId, keep) =>
    guard(async () => {
      const mine = eq(sessions.userId, userId);
      await db.delete(sessions).where(keep === undefined ? mine : and(mine, ne(sessions.tokenHash, keep)));
    }),
  // A session whose expiry has come is over.
  removeExpired: (now) => guard(async () => void (await db.delete(sessions).where(lte(sessions.expiresAt, now)))),
});

export const credentialStore = (db: Executor): Credentials => ({
  get: (userId) =>
    guard(async () => (await db.select().from(credentials).where(eq(credentials.userId, userId)))[0]?.hash ?? null),
  set: (userId, hash) =>
    guard(async () =>
      void (await db.insert(credentials).values({ userId, hash }).onConflictDoUpdate({ target: credentials.userId, set: { hash } })),
    ),
});

export const loginFailureStore = (db: Executor): LoginFailures => ({
  add: (email, at) => guard(async () => void (await db.insert(loginFailures).values({ email, at }))),
  since: (email, since) =>
    guard(async () =>
      (await db.select({ at: loginFailures.at }).from(loginFailures)
        .where(and(eq(loginFailures.email, email), gte(loginFailures.at, since))).orderBy(asc(loginFailures.at), asc(loginFailures.id)))
        .map((r) => r.at),
    ),
  clear: (email) => guard(async () => void (await db.delete(loginFailures).where(eq(loginFailures.email, email)))),
  removeBefore: (at) => guard(async () => void (await db.delete(loginFailures).where(lt(loginFailures.at, at)))),
});
