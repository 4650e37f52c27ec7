import type { PasswordHasher } from '../rules/auth/passwords';
import type { Clock } from '../rules/clock';
import type { Deps } from '../rules/context';
import type { Log } from '../http/accessLog';
import { buildSeed } from '../seed';
import type { Store } from '../store/types';
import type { Settings } from './settings';
import { StartupError } from './startupError';

/** The meta entry that says the database holds the demo newsroom: `{"seedSize": N}`. */
export const DEMO_KEY = 'demo';

interface Tools {
  passwords: PasswordHasher;
  clock: Clock;
  log: Log;
}

const firstAdmin = async (store: Store, admin: NonNullable<Settings['admin']>, { passwords, clock }: Tools) => {
  const hash = await passwords.hash(admin.password);
  const now = new Date(clock()).toISOString();
  await store.tx(async (db) => {
    const user = await db.users.insert({
      name: 'Administrator', email: admin.email, role: 'admin', active: true, authorId: null, lastLoginAt: null,
      createdAt: now, updatedAt: now, createdBy: null, updatedBy: null,
    });
    await db.credentials.set(user.id, hash);
    await db.activity.insert({
      at: now, userId: null, userName: null, action: 'create', resource: 'users', recordId: user.id,
      label: user.email, changedFields: Object.keys(user),
    });
  });
};

/**
 * Makes a new, empty database usable: the demo newsroom (NEWSDESK_DEMO=1), or the first admin
 * from NEWSDESK_ADMIN_EMAIL / NEWSDESK_ADMIN_PASSWORD; refuses to start with neither. A
 * database with data is left as it is. Answers the app's `demo` setting, which follows what
 * the database holds, not the environment: a demo database stays one.
 */
export const prepareDatabase = async (store: Store, settings: Settings, tools: Tools): Promise<Deps['demo']> => {
  await store.withStartupLock(() => prepareIfEmpty(store, settings, tools));
  const marked = await store.meta.get(DEMO_KEY);
  if (!marked) return null;
  const { seedSize } = JSON.parse(marked) as { seedSize: number };
  // On a shared server, only an admin may reset the newsroom everybody works in.
  return { seedSize, resetByAnyone: false };
};

/** Servers started together: the first seeds under the startup lock, the next finds data. */
const prepareIfEmpty = async (store: Store, settings: Settings, tools: Tools) => {
  if (await store.isEmpty()) {
    if (settings.demo) {
      const started = performance.now();
      // Marked first: a start interrupted mid-seed finds an empty database and seeds again.
      await store.meta.set(DEMO_KEY, JSON.stringify({ seedSize: settings.seedArticles }));
      await store.load(buildSeed(settings.seedArticles, tools.clock()));
      tools.log({ level: 'info', msg: 'seeded the demo newsroom', articles: settings.seedArticles, ms: Math.round(performance.now() - started) });
    } else if (settings.admin) {
      await firstAdmin(store, settings.admin, tools);
      tools.log({ level: 'info', msg: 'created the first admin', email: settings.admin.email });
    } else {
      throw new StartupError(
        'The database is empty and NEWSDESK_DEMO=0, so there is nobody to sign in: set NEWSDESK_ADMIN_EMAIL and ' +
          'NEWSDESK_ADMIN_PASSWORD (at least 12 characters) for the first admin, or NEWSDESK_DEMO=1 for the demo newsroom.',
      );
    }
  }
};
