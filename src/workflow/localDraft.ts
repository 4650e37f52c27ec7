import { createStore, del, get, set, type UseStore } from 'idb-keyval';

/**
 * Unsaved form values kept in IndexedDB (idb-keyval), one entry per user, resource and record
 * ('new' for an unsaved article). IndexedDB rather than localStorage: a long body with images'
 * metadata can pass localStorage's few megabytes, and writes do not block typing.
 */
export interface LocalDraft<V = Record<string, unknown>> {
  values: V;
  /** The record the values were edited from (its `version` is what a save must send). */
  base: V | null;
  savedAt: string;
}

let store: UseStore | undefined;
const db = () => (store ??= createStore('newsdesk-drafts', 'drafts'));

export const draftKey = (userId: string | number, resource: string, id: string | number | undefined) =>
  `${userId}:${resource}:${id ?? 'new'}`;

export const readDraft = async <V,>(key: string): Promise<LocalDraft<V> | undefined> => {
  try {
    return await get<LocalDraft<V>>(key, db());
  } catch {
    return undefined;
  }
};

export const writeDraft = async <V,>(key: string, draft: LocalDraft<V>): Promise<void> => {
  try {
    await set(key, draft, db());
  } catch {
    // Private windows may refuse IndexedDB; the form itself still holds the values.
  }
};

const clearedListeners = new Set<(key: string) => void>();

/** Told when a copy is cleared after a save, so a form still on screen stops copying the
 * values it is about to replace with the saved record (see useLocalDraft). */
export const onDraftCleared = (listener: (key: string) => void) => {
  clearedListeners.add(listener);
  return () => {
    clearedListeners.delete(listener);
  };
};

export const clearDraft = async (key: string): Promise<void> => {
  clearedListeners.forEach((listener) => listener(key));
  try {
    await del(key, db());
  } catch {
    // Nothing to clear.
  }
};
