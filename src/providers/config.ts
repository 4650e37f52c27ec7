/** Where the REST contract lives: a real backend when VITE_API_URL is set, else the embedded one. */
export const apiUrl: string = import.meta.env.VITE_API_URL || '/api';

/** True when the app talks to its own MSW backend (demo accounts, "Reset demo data"). */
export const isEmbedded: boolean = !import.meta.env.VITE_API_URL;
