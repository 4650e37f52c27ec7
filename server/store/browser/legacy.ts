import { settled } from './idb';

/** The overlay of the demo before tabs shared it (idb-keyval: one store, schema 2, one seed size). */
const NAME = 'newsdesk-embedded';
const STORE = 'overlay';

/**
 * The changes an earlier version of the demo stored for `seedSize`, to take over once into the
 * shared overlay (then the old database is deleted). Keys are the same; empty when there is none.
 */
export const legacyOverlay = async (factory: IDBFactory, seedSize: number): Promise<[string, unknown][]> => {
  const known = await factory.databases?.();
  if (!known?.some((d) => d.name === NAME)) return [];
  const db = await settled(factory.open(NAME));
  let taken: [string, unknown][] = [];
  try {
    if (!db.objectStoreNames.contains(STORE)) return [];
    const store = db.transaction(STORE, 'readonly').objectStore(STORE);
    const [keys, values] = await Promise.all([settled(store.getAllKeys()), settled(store.getAll())]);
    const meta = values[keys.indexOf('meta')] as { schema?: number; seedSize?: number } | undefined;
    // Written for another seed size: left for that size to take.
    if (meta?.schema !== 2 || meta.seedSize !== seedSize) return [];
    taken = keys.flatMap((k, i) => (k === 'meta' || typeof k !== 'string' ? [] : [[k, values[i]] as [string, unknown]]));
    return taken;
  } finally {
    db.close();
    if (taken.length) factory.deleteDatabase(NAME);
  }
};
