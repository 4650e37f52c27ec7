import type { Credentials, LoginFailures, Sessions } from '../types';
import type { Tables } from './tables';

/** Sessions, password hashes and failed sign-ins of the in-memory store. */
export const authCollections = (
  current: () => Tables,
): { sessions: Sessions; credentials: Credentials; loginFailures: LoginFailures } => ({
  sessions: {
    async create(s) {
      current().setSession(s.tokenHash, s);
    },
    async find(tokenHash) {
      return current().sessions.get(tokenHash) ?? null;
    },
    async remove(tokenHash) {
      if (current().sessions.has(tokenHash)) current().setSession(tokenHash, null);
    },
    async removeForUser(userId, keep) {
      const t = current();
      for (const [hash, s] of [...t.sessions]) if (s.userId === userId && hash !== keep) t.setSession(hash, null);
    },
    async removeExpired(now) {
      const t = current();
      for (const [hash, s] of [...t.sessions]) if (s.expiresAt <= now) t.setSession(hash, null);
    },
  },
  credentials: {
    async get(userId) {
      return current().credentials.get(userId) ?? null;
    },
    async set(userId, hash) {
      current().setCredential(userId, hash);
    },
  },
  // Not persisted: a reload of the demo forgets failed sign-ins, which only ever slows a guesser.
  loginFailures: {
    async add(email, at) {
      const m = current().loginFailures;
      m.set(email, [...(m.get(email) ?? []), at]);
    },
    async since(email, since) {
      return (current().loginFailures.get(email) ?? []).filter((at) => at >= since);
    },
    async clear(email) {
      current().loginFailures.delete(email);
    },
    async removeBefore(at) {
      const m = current().loginFailures;
      for (const [email, list] of m) {
        const kept = list.filter((x) => x >= at);
        if (kept.length) m.set(email, kept);
        else m.delete(email);
      }
    },
  },
});
