import { Suspense, type ComponentType, type JSX } from 'react';
import { preloadable } from './preloadable';

/**
 * A part of a screen that its first paint does not show (a filter input until it is added, the
 * bulk actions until a row is selected): its code loads the first time it renders, inside its
 * own Suspense with no fallback, so the screen around it stays as it is meanwhile; or ahead,
 * by `preload()`, and then it shows at once. The import() stays in the caller so the bundler
 * cuts the chunk there: `lazyPart(() => import('./filterInputs').then((m) => m.TagFilter))`.
 */
export const lazyPart = <P extends object>(load: () => Promise<ComponentType<P>>) => {
  const Part = preloadable(load);
  const LazyPart = (props: P) => (
    <Suspense fallback={null}>
      <Part {...(props as P & JSX.IntrinsicAttributes)} />
    </Suspense>
  );
  return Object.assign(LazyPart, { preload: Part.preload });
};
