import { localStorageStore, type Store } from 'react-admin';

/** Preferences that outlive a session: react-admin's logout would otherwise reset them. */
const preferences = new Set(['locale', 'theme']);

/** Wraps a store so that logout (store.reset) forgets everything but the user's preferences. */
export const keepPreferences = (store: Store): Store => ({
  ...store,
  reset() {
    const items = store.listItems?.() ?? {};
    Object.keys(items)
      .filter((key) => !preferences.has(key))
      .forEach((key) => store.removeItem(key));
  },
});

const APP_KEY = 'Newsdesk';
export const createStore = () => keepPreferences(localStorageStore('1', APP_KEY));

/** An item as the store keeps it in localStorage, read before the app (and its store) starts. */
export const storedItem = (key: string): unknown => {
  try {
    return JSON.parse(localStorage.getItem(`RaStore${APP_KEY}.${key}`) ?? 'null');
  } catch {
    return null;
  }
};
export const storedPreference = (key: 'locale' | 'theme'): unknown => storedItem(key);
