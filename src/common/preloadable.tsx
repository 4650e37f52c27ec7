import { lazy, type ComponentType, type JSX } from 'react';

/**
 * React.lazy with a `preload` that settles it. A lazy component suspends on its first render
 * even when its module has arrived already (React learns of it from the resolved promise only
 * after that render), and a screen shown in a transition waits for the retry; a Suspense
 * fallback, once shown, stays at least 300 ms (React 19). Once `preload()` has resolved, a new
 * instance renders the component itself, at once. React has no public preload for lazy, so
 * this is ours (react-lazy-with-preload does the same, unmaintained since 2022).
 * A failed preload is forgotten: the next render or preload asks again.
 */
export const preloadable = <P extends object>(load: () => Promise<ComponentType<P>>) => {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  const Preloadable = (props: P) => {
    // Lazy never commits before `loaded` is set (its promise is preload's), so an instance
    // never switches type between renders, which would remount what it shows.
    const Component = loaded ?? Lazy;
    return <Component {...(props as P & JSX.IntrinsicAttributes)} />;
  };
  return Object.assign(Preloadable, { preload });
};
