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

export const createStore = () => keepPreferences(localStorageStore('1', 'Newsdesk'));
