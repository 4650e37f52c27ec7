import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { resolveSeedSize } from './config';
import { getDb, getSeedSize, resetDb, setChangeListener } from './db';
import { loadOverlay, persistChange } from './persist';
import { startScheduler } from './scheduler';

export const worker = setupWorker(...handlers);

/**
 * Starts the embedded backend: seed (deterministic, so never stored), the user's changes from
 * IndexedDB on top, then write-through persistence and the service worker.
 */
export const startEmbeddedBackend = async (): Promise<void> => {
  const size = resolveSeedSize();
  const db = resetDb(size);
  await loadOverlay(db, size);
  setChangeListener(persistChange(getDb, getSeedSize));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  startScheduler();
};
