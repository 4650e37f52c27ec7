import { lazy, Suspense, type ComponentType, type JSX } from 'react';

/**
 * A part of a screen that its first paint does not show (a filter input until it is added, the
 * bulk actions until a row is selected): its code loads the first time it renders, inside its
 * own Suspense with no fallback, so the screen around it stays as it is meanwhile. The import()
 * stays in the caller so the bundler cuts the chunk there:
 * `lazyPart(() => import('./filterInputs').then((m) => m.TagFilter))`.
 */
export const lazyPart = <P extends object>(load: () => Promise<ComponentType<P>>) => {
  const Part = lazy(() => load().then((component) => ({ default: component })));
  return (props: P) => (
    <Suspense fallback={null}>
      <Part {...(props as P & JSX.IntrinsicAttributes)} />
    </Suspense>
  );
};
