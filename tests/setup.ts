import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// The signed-in session lives in sessionStorage; each test starts signed out.
afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
});
