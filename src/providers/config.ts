/**
 * Where the REST contract lives: VITE_API_URL when set (an absolute URL of another origin, or
 * `/api` for the Node server on the app's own origin: `npm run build`), else the embedded
 * backend under /api on the app's own origin. Made absolute because Node's fetch (tests) cannot
 * resolve a relative URL; in the browser the two are the same.
 */
const configured = import.meta.env.VITE_API_URL;
const origin = globalThis.location?.origin ?? '';

export const apiUrl: string = configured
  ? origin
    ? new URL(configured, origin).href.replace(/\/$/, '')
    : configured
  : `${origin}/api`;
