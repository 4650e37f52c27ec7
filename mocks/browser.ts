import { setupWorker } from 'msw/browser';
import { createApp } from '../server/app';
import { buildSeed } from '../server/seed';
import { createMemoryStore } from '../server/store/memory';
import { loadOverlay, persistChange } from '../server/store/memory/persist';
import { createPasswordHasher, nobleDerive } from '../server/rules/auth/passwords';
import { publishDue } from '../server/rules/scheduler';
import type { Deps } from '../server/rules/context';
import { sanitizeBody } from '../src/editor/sanitize';
import { resolveSeedSize } from './config';
import { handlersFor } from './handlers';

/**
 * Starts the in-browser demo backend: the server's app on the in-memory store, seeded
 * (deterministically, so never stored) with the user's changes from IndexedDB on top, then
 * write-through persistence, the service worker and the scheduler's timer. The clock is
 * Date.now, so Playwright's `page.clock` moves it.
 */
export const startEmbeddedBackend = async (): Promise<void> => {
  const size = resolveSeedSize();
  const clock = () => Date.now();
  const store = createMemoryStore(buildSeed(size, clock()), clock);
  await loadOverlay(store.tables, size);
  store.onChange = persistChange(() => store.tables, () => size);
  const deps: Deps = {
    store,
    clock,
    passwords: createPasswordHasher(nobleDerive),
    sanitize: sanitizeBody,
    demo: { seedSize: size, resetByAnyone: true },
  };
  const worker = setupWorker(...handlersFor(createApp(deps, { onUnexpected: (e) => console.error(e) })));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  setInterval(() => void publishDue(deps), 15_000);
};
