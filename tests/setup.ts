import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy and waitFor wait for what a user would see, as long as the machine needs to render it:
// the default second is shorter than a react-admin page takes to appear on two busy cores (the
// component tests timed out by the dozen at a load average of 20). A wait ends as soon as its
// condition holds, so this costs nothing when the machine is quiet.
configure({ asyncUtilTimeout: 10_000 });

// The signed-in session lives in sessionStorage; each test starts signed out. Files that run in
// the node environment (the SQL store's) have no web storage.
afterEach(() => {
  cleanup();
  globalThis.sessionStorage?.clear();
  globalThis.localStorage?.clear();
});

// jsdom has no idle time (nor requestIdleCallback): what the app does when idle, such as the
// article list's prefetch of the form and the editor, never runs in these tests. Left to its
// timer fallback, that prefetch would transform TipTap and the form in the middle of a list test.
if (typeof window !== 'undefined') {
  window.requestIdleCallback = () => 0;
  window.cancelIdleCallback = () => undefined;
}
