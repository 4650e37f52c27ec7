import { loginSchema, type User } from '../../../src/schemas';
import type { Deps } from '../context';
import { ApiError, fail } from '../errors';
import { SESSION_MS } from './session';
import { hashToken, newToken } from './tokens';

const WRONG = 'Wrong email or password';
/** Failed sign-ins of one email within this window count towards the throttle. */
export const THROTTLE_WINDOW_MS = 15 * 60_000;
/** From the failure after this many within the window, sign-ins of the email answer 429. */
export const THROTTLE_FAILURES = 10;
/**
 * Verified when the email is unknown, so that an unknown email takes as long to refuse as a
 * wrong password (a hash of a random password nobody knows).
 */
const DECOY = 'scrypt$16384$8$1$oOgobiUzyYLpLj6H8Ao7hw==$7rgxc3Jp6somrdzL2T4FrmgT3ZaNg+JnfPrUoP8hKqA=';

const throttle = async (deps: Deps, email: string, now: number) => {
  // A failure counts for exactly 15 minutes: at now - WINDOW it has just left the window.
  const recent = await deps.store.db.loginFailures.since(email, now - THROTTLE_WINDOW_MS + 1);
  if (recent.length < THROTTLE_FAILURES) return;
  // Allowed again once the oldest of the last ten failures leaves the window.
  const freeAt = recent[recent.length - THROTTLE_FAILURES] + THROTTLE_WINDOW_MS;
  const retryAfter = Math.max(1, Math.ceil((freeAt - now) / 1000));
  throw new ApiError(429, 'Too many failed sign-ins for this email; try again later', { retryAfter }, { 'Retry-After': String(retryAfter) });
};

/** `POST /auth/login`: a new session (its token answered once, stored hashed) and the user. */
export const login = async (deps: Deps, body: unknown): Promise<{ token: string; user: User }> => {
  const parsed = loginSchema.safeParse(body);
  if (!parsed.success) return fail(401, WRONG);
  const { email, password } = parsed.data;
  const now = deps.clock();
  const { db } = deps.store;
  await throttle(deps, email, now);
  const [user] = (await db.users.list({ where: [{ field: 'email', op: 'in', values: [email] }], sort: [['id', 'ASC']], range: [0, 0] })).rows;
  const hash = user ? await db.credentials.get(user.id) : null;
  const ok = await deps.passwords.verify(password, hash ?? DECOY);
  if (!user || !hash || !ok) {
    await db.loginFailures.add(email, now);
    return fail(401, WRONG);
  }
  // Told only after the right password, so it reveals nothing to someone guessing.
  if (!user.active) return fail(403, 'This account is deactivated');
  await db.loginFailures.clear(email);
  const token = newToken();
  const lastLoginAt = new Date(now).toISOString();
  await deps.store.tx(async (tx) => {
    await tx.sessions.create({ tokenHash: await hashToken(token), userId: user.id, expiresAt: now + SESSION_MS });
    await tx.users.setLastLogin(user.id, lastLoginAt);
  });
  return { token, user: { ...user, lastLoginAt } };
};
