import type { User } from '../../src/schemas';
import type { Db, Store } from '../store/types';
import { TransientConflict } from '../store/errors';
import type { Clock } from './clock';
import type { PasswordHasher } from './auth/passwords';

/** What the rules are given by whoever runs the app (Node server, browser demo, tests). */
export interface Deps {
  store: Store;
  clock: Clock;
  passwords: PasswordHasher;
  /** Sanitises article HTML (DOMPurify with the editor's allow-list, on a DOM of the platform). */
  sanitize: (html: string) => string;
  /**
   * Demo data: the store holds the seeded demo newsroom, `POST /demo/reset` restores it (with
   * `seedSize` articles) and the login page may list the demo accounts.
   */
  demo: { seedSize: number; resetByAnyone: boolean } | null;
}

/** A signed-in request: who, when, and the database view to use (a transaction or not). */
export interface Ctx {
  deps: Deps;
  db: Db;
  user: User;
  tokenHash: string;
  /** The request's instant, ISO 8601 (UTC). */
  now: string;
}

export const nowIso = (deps: Deps) => new Date(deps.clock()).toISOString();

const ATTEMPTS = 4;

/**
 * The same request inside a transaction. A transaction the database aborted because it met a
 * concurrent one (a deadlock: two deletes unlinking each other's translation) runs again from
 * the start, after a short random pause, up to four times.
 */
export const inTx = async <T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.deps.store.tx((db) => fn({ ...ctx, db }));
    } catch (e) {
      if (!(e instanceof TransientConflict) || attempt >= ATTEMPTS) throw e;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
};
