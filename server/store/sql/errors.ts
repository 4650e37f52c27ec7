import { ReferenceViolation, StoreUnavailable, TransientConflict, UniqueViolation } from '../errors';

/** API field of each named constraint (schema/*.ts names them for this table). */
const uniqueFields: Record<string, string> = {
  articles_lang_slug_key: 'slug',
  categories_slug_key: 'slug',
  tags_slug_key: 'slug',
  users_email_key: 'email',
  reviews_article_date_key: 'date',
};
const referenceFields: Record<string, string> = {
  articles_category_fk: 'categoryId',
  articles_author_fk: 'authorId',
  articles_photo_credit_fk: 'featuredImage.photoCreditId',
  articles_translation_fk: 'translationOf',
  article_tags_tag_fk: 'tagIds',
  article_tags_article_fk: 'articleId',
  categories_parent_fk: 'parentId',
  revisions_article_fk: 'articleId',
  reviews_article_fk: 'articleId',
  metrics_daily_article_fk: 'articleId',
  users_author_fk: 'authorId',
  sessions_user_fk: 'userId',
  credentials_user_fk: 'userId',
};

interface PgErrorLike {
  code?: unknown;
  constraint?: unknown;
  message?: unknown;
  cause?: unknown;
}

/** drizzle wraps a driver's error (DrizzleQueryError); the PostgreSQL fields are on the cause. */
const pgErrorOf = (e: unknown): PgErrorLike | null => {
  for (let cur = e, hops = 0; cur && typeof cur === 'object' && hops < 5; hops++) {
    const c = cur as PgErrorLike;
    if (typeof c.code === 'string') return c;
    cur = c.cause;
  }
  return null;
};

const connectionCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
const lostConnection = (e: unknown): boolean => {
  const code = pgErrorOf(e)?.code;
  // 57014: statement_timeout, a database too slow or stuck to answer within the deadline.
  if (typeof code === 'string' && (code.startsWith('08') || code.startsWith('57P') || code === '57014' || connectionCodes.has(code))) return true;
  const text = e instanceof Error ? `${e.message} ${String((e.cause as Error | undefined)?.message ?? '')}` : '';
  // node-postgres's own deadlines: connectionTimeoutMillis and query_timeout (driver.ts).
  return /Connection terminated|connection.*(closed|ended)|PGlite is closed|Client has encountered a connection error|timeout exceeded when trying to connect|Query read timeout/i.test(text);
};

/**
 * The store's errors for a refused write (by constraint name) or a lost database; any other
 * error is returned unchanged. `deleting`: a foreign key refusing a delete means "in use".
 */
export const mapError = (e: unknown, deleting = false): unknown => {
  const pgError = pgErrorOf(e);
  if (pgError?.code === '23505') {
    return new UniqueViolation(uniqueFields[String(pgError.constraint)] ?? String(pgError.constraint ?? 'id'));
  }
  // 23503 foreign_key_violation; 23001 restrict_violation, what ON DELETE RESTRICT raises.
  if (pgError?.code === '23503' || pgError?.code === '23001') {
    const field = referenceFields[String(pgError.constraint)] ?? null;
    return new ReferenceViolation(deleting ? 'in_use' : 'missing', field);
  }
  // 40P01 deadlock_detected, 40001 serialization_failure: the transaction may simply run again.
  if (pgError?.code === '40P01' || pgError?.code === '40001') return new TransientConflict(e);
  if (lostConnection(e)) return new StoreUnavailable(e);
  return e;
};

/** Runs a store call, throwing the store's errors in place of the driver's. */
export const guard = async <T>(run: () => Promise<T>, deleting = false): Promise<T> => {
  try {
    return await run();
  } catch (e) {
    throw mapError(e, deleting);
  }
};
