import type { ComponentType } from 'react';
import { preloadable } from './preloadable';

/**
 * A screen whose code loads on its first visit: `lazyScreen(() => import('./TagList'), 'TagList')`.
 * The import() stays in the caller so the bundler cuts the chunk there. react-admin's Layout
 * wraps every page in <Suspense> whose fallback, after a second, is a spinner named by the theme
 * and "Loading… Please wait" from the ra.* catalog in the UI language; a later navigation keeps
 * the previous page on screen while the chunk arrives (react-router navigates in a transition).
 * `preload()` fetches it ahead (the list does for the edit screen), and then it opens at once.
 */
export const lazyScreen = <K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
) => preloadable(() => load().then((module) => module[name]));
