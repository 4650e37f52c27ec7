/**
 * Where the REST contract lives: a real backend when VITE_API_URL is set, else the embedded
 * one under /api on the app's own origin. Made absolute because Node's fetch (tests) cannot
 * resolve a relative URL; in the browser the two are the same.
 */
export const apiUrl: string =
  import.meta.env.VITE_API_URL || `${globalThis.location?.origin ?? ''}/api`;

/** True when the app talks to its own MSW backend (demo accounts, "Reset demo data"). */
export const isEmbedded: boolean = !import.meta.env.VITE_API_URL;
