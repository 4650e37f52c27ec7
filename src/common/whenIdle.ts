/**
 * Runs `task` once the main thread is idle (requestIdleCallback; a timer where the browser has
 * none, as Safari), at the latest after `timeout` ms. Returns the cancel function.
 */
export const whenIdle = (task: () => void, timeout = 1000): (() => void) => {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(task, { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(task, 200);
  return () => window.clearTimeout(handle);
};
