/**
 * Every request to the API waits for this. The in-browser demo's backend starts while the first
 * page renders (main.tsx), so the sign-in page shows before the backend is up; against a real
 * server it is settled from the start.
 */
let ready: Promise<void> = Promise.resolve();

export const apiReady = {
  wait: (): Promise<void> => ready,
  set(starting: Promise<void>): void {
    ready = starting;
  },
};
