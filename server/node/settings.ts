import { z } from 'zod';
import { MAX_SEED_SIZE } from '../seed';

/**
 * The Node server's settings, read from the environment once at start. An empty variable
 * counts as unset (`FOO=` in a unit file or `.env` means "the default", not "nothing").
 */

const origin = z.string().refine((s) => {
  try {
    return new URL(s).origin === s;
  } catch {
    return false;
  }
}, 'each origin is a scheme, host and optional port, without a path or trailing slash (https://cms.example.com)');

const wholeNumber = (min: number, max: number) => {
  const error = `must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error }).int({ error }).min(min, { error }).max(max, { error });
};

const schema = z
  .object({
    PORT: wholeNumber(0, 65_535).default(8080),
    // Loopback unless told otherwise: a demo database has well-known passwords.
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    NEWSDESK_DATA_DIR: z.string().min(1).default('./data'),
    NEWSDESK_DEMO: z.stringbool().default(true),
    NEWSDESK_SEED_ARTICLES: wholeNumber(1, MAX_SEED_SIZE).default(2000),
    NEWSDESK_ADMIN_EMAIL: z.string().trim().toLowerCase().pipe(z.email()).optional(),
    NEWSDESK_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    NEWSDESK_CORS_ORIGINS: z
      .string()
      .transform((s) => s.split(',').map((o) => o.trim()).filter(Boolean))
      .pipe(z.array(origin))
      .default([]),
    NEWSDESK_STATIC_DIR: z.string().min(1).default('./dist'),
  })
  .refine((s) => !s.NEWSDESK_ADMIN_EMAIL === !s.NEWSDESK_ADMIN_PASSWORD, {
    message: 'NEWSDESK_ADMIN_EMAIL and NEWSDESK_ADMIN_PASSWORD go together: set both or neither',
    path: ['NEWSDESK_ADMIN_PASSWORD'],
  });

type Parsed = z.infer<typeof schema>;

export type DatabaseSetting = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

export interface Settings {
  port: number;
  host: string;
  database: DatabaseSetting;
  /** Seed a new, empty database with the demo newsroom of `seedArticles` articles. */
  demo: boolean;
  seedArticles: number;
  /** The first admin of a new database without demo data. */
  admin: { email: string; password: string } | null;
  corsOrigins: string[];
  /** The built SPA (`npm run build`); absent: the server answers the API alone. */
  staticDir: string;
}

/** Settings that cannot be used; `message` lists every problem, one per line. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid settings:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'SettingsError';
  }
}

const toSettings = (p: Parsed): Settings => ({
  port: p.PORT,
  host: p.HOST,
  database: p.DATABASE_URL ? { kind: 'postgres', url: p.DATABASE_URL } : { kind: 'pglite', dataDir: p.NEWSDESK_DATA_DIR },
  demo: p.NEWSDESK_DEMO,
  seedArticles: p.NEWSDESK_SEED_ARTICLES,
  admin: p.NEWSDESK_ADMIN_EMAIL && p.NEWSDESK_ADMIN_PASSWORD ? { email: p.NEWSDESK_ADMIN_EMAIL, password: p.NEWSDESK_ADMIN_PASSWORD } : null,
  corsOrigins: p.NEWSDESK_CORS_ORIGINS,
  staticDir: p.NEWSDESK_STATIC_DIR,
});

// Passwords and database URLs (which may hold one) are never echoed back.
const SECRET = /PASSWORD|DATABASE_URL/;

export const readSettings = (env: Record<string, string | undefined>): Settings => {
  const set = Object.fromEntries(
    Object.keys(schema.shape).flatMap((k) => (env[k] ? [[k, env[k]]] : [])),
  );
  const parsed = schema.safeParse(set);
  if (parsed.success) return toSettings(parsed.data);
  throw new SettingsError(
    parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      const value = key && !SECRET.test(key) && set[key] !== undefined ? ` (got ${JSON.stringify(set[key])})` : '';
      return `${key}: ${issue.message}${value}`;
    }),
  );
};
