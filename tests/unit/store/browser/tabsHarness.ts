import { createApp } from '../../../../server/app';
import { nodePasswords } from '../../../../server/node/passwords';
import type { Deps } from '../../../../server/rules/context';
import { buildSeed } from '../../../../server/seed';
import { legacyOverlay } from '../../../../server/store/browser/legacy';
import { openSharedStore, type SharedStore } from '../../../../server/store/browser/sharedStore';
import { sanitizeBody } from '../../../../src/editor/sanitize';
import { lockWorld } from './fakeLocks';

export const NOW = Date.parse('2025-10-28T09:00:00Z');

export interface Tab {
  store: SharedStore;
  /** A request to this tab's backend, as its page would send it. */
  call(method: string, path: string, token?: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }>;
  close(): Promise<void>;
}

/**
 * One browser: tabs sharing IndexedDB (fake-indexeddb), Web Locks (fake) and BroadcastChannel
 * (Node's), each running the backend app on its own copy of the newsroom, as mocks/browser.ts does.
 * Each browser gets its own seed size, so its IndexedDB database is its own.
 */
let sizes = 40;
export const browser = (clock: () => number = () => NOW) => {
  const world = lockWorld();
  const seedSize = sizes++;
  const open: Tab[] = [];
  const openTab = async (): Promise<Tab> => {
    const { locks, close } = world.tab(`tab-${open.length}`);
    const legacy = () => legacyOverlay(indexedDB, seedSize);
    const store = await openSharedStore({ seedSize, clock, buildSeed, locks, legacy });
    const deps: Deps = { store, clock, passwords: nodePasswords, sanitize: sanitizeBody, demo: { seedSize, resetByAnyone: true } };
    const app = createApp(deps, { beforeEach: () => store.catchUp() });
    const tab: Tab = {
      store,
      async call(method, path, token, body) {
        const res = await app.request(`/api${path}`, {
          method,
          headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: res.status, json: (await res.json()) as Record<string, unknown> };
      },
      async close() {
        close();
        await store.close();
        open.splice(open.indexOf(tab), 1);
      },
    };
    open.push(tab);
    return tab;
  };
  const closeAll = async () => {
    for (const tab of [...open]) await tab.close();
  };
  return { seedSize, openTab, closeAll };
};

/** Signs in through a tab and answers the bearer token. */
export const signIn = async (tab: Tab, role = 'editor'): Promise<string> => {
  const { status, json } = await tab.call('POST', '/auth/login', undefined, { email: `${role}@newsdesk.test`, password: 'newsdesk' });
  if (status !== 200) throw new Error(`sign-in ${role}: ${status}`);
  return json.token as string;
};
