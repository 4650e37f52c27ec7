import { setupWorker } from 'msw/browser';
import { createApp } from '../server/app';
import { buildSeed } from '../server/seed';
import { openSharedStore } from '../server/store/browser/sharedStore';
import { legacyOverlay } from '../server/store/browser/legacy';
import { createPasswordHasher, nobleDerive } from '../server/rules/auth/passwords';
import { publishDue } from '../server/rules/scheduler';
import type { Deps } from '../server/rules/context';
import { sanitizeBody } from '../src/editor/sanitize';
import { resolveSeedSize } from './config';
import { handlersFor } from './handlers';

/**
 * Starts the in-browser demo backend: the server's app on this tab's copy of the newsroom the
 * browser's tabs share (server/store/browser: the seed, deterministic and never stored, with
 * the users' changes from IndexedDB on top), the service worker and the scheduler's timer. The
 * service worker registers while the seed is built. The clock is Date.now, so Playwright's
 * `page.clock` moves it.
 */
export const startEmbeddedBackend = async (): Promise<void> => {
  const size = resolveSeedSize();
  const clock = () => Date.now();
  const opening = openSharedStore({
    seedSize: size,
    clock,
    buildSeed,
    locks: navigator.locks,
    legacy: () => legacyOverlay(indexedDB, size),
  });
  const backend = opening.then((store) => {
    const deps: Deps = {
      store,
      clock,
      passwords: createPasswordHasher(nobleDerive),
      sanitize: sanitizeBody,
      demo: { seedSize: size, resetByAnyone: true },
    };
    const app = createApp(deps, { onUnexpected: (e) => console.error(e), beforeEach: () => store.catchUp() });
    setInterval(() => {
      store
        .catchUp()
        .then(() => publishDue(deps))
        .catch((e: unknown) => console.error('Newsdesk: scheduled publishing failed', e));
    }, 15_000);
    return app;
  });
  const worker = setupWorker(...handlersFor({ fetch: async (request) => (await backend).fetch(request) }));
  await Promise.all([backend, worker.start({ onUnhandledRequest: 'bypass', quiet: true })]);
};
