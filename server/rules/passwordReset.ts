import { logActivity } from './activity';
import { temporaryPassword } from './auth/tokens';
import { inTx, type Ctx } from './context';
import { notFound } from './errors';

/**
 * `POST /users/:id/reset-password` (admins): a new temporary password, answered once
 * (`{temporaryPassword}`) and stored only as a hash. The user's other sessions end, since a
 * reset usually means the old password is no longer trusted.
 */
export const resetPassword = async (ctx: Ctx, rawId: unknown) => {
  const password = temporaryPassword();
  const hash = await ctx.deps.passwords.hash(password);
  return inTx(ctx, async (tx) => {
    const user = (await tx.db.users.get(Number(rawId))) ?? notFound('users', rawId);
    await tx.db.credentials.set(user.id, hash);
    await tx.db.sessions.removeForUser(user.id, tx.tokenHash);
    await logActivity(tx, { action: 'update', resource: 'users', recordId: user.id, label: user.email, changedFields: ['password'] });
    return { id: user.id, temporaryPassword: password };
  });
};
