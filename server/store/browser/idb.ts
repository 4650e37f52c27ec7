/** Promises over the few IndexedDB calls the tabs' overlay needs. */

export const settled = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** Resolves once the transaction has committed (its writes are stored), rejects if it aborts. */
export const committed = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });

export const RECORDS = 'records';
export const META = 'meta';

/**
 * Opens (creating on first use) a database of two stores: `records`, one entry per key of the
 * overlay with the sequence number of the commit that wrote it (indexed), and `meta`.
 */
export const openOverlayDb = (factory: IDBFactory, name: string): Promise<IDBDatabase> =>
  new Promise((resolve, reject) => {
    const request = factory.open(name, 1);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore(RECORDS).createIndex('seq', 'seq');
      db.createObjectStore(META);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`IndexedDB ${name} is blocked by another connection`));
  });
