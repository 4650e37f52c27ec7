import type { TabLocks } from '../../../../server/store/browser/tabs';

/**
 * Web Locks for several "tabs" in one Node process (Node has no navigator.locks): exclusive,
 * first come first served per name. Closing a tab releases every lock it holds, as the browser
 * does when a tab closes.
 */
export const lockWorld = () => {
  const tails = new Map<string, Promise<void>>();
  const holders = new Map<string, string>();

  const tab = (id: string) => {
    let close!: () => void;
    const closed = new Promise<void>((resolve) => (close = resolve));
    const request = async <T>(name: string, callback: () => T | Promise<T>): Promise<T> => {
      const before = tails.get(name) ?? Promise.resolve();
      let release!: () => void;
      tails.set(name, before.then(() => new Promise<void>((resolve) => (release = resolve))));
      await before;
      holders.set(name, id);
      try {
        const result = Promise.resolve(callback());
        // A tab that closes gives up its locks, whatever its callbacks were waiting for (the
        // browser drops the page; here the request just ends).
        return await Promise.race([result, closed.then(() => undefined as T)]);
      } finally {
        holders.delete(name);
        release();
      }
    };
    const query = async () => ({
      held: [...holders].map(([name, clientId]) => ({ name, clientId, mode: 'exclusive' as const })),
      pending: [],
    });
    return { locks: { request, query } as unknown as TabLocks, close: () => close() };
  };
  return { tab };
};
