import { DEFAULT_SEED_SIZE, MAX_SEED_SIZE } from '../server/seed';

const KEY = 'newsdesk.seed';
const MAX = MAX_SEED_SIZE;

const valid = (raw: string | null | undefined): number | null => {
  const n = Number(raw);
  return raw && Number.isInteger(n) && n >= 1 && n <= MAX ? n : null;
};

/**
 * How many articles to seed: `?seed=50000` in the URL (remembered for the tab in sessionStorage,
 * so the hash router can drop the query), else VITE_SEED_ARTICLES, else 2,000.
 */
export const resolveSeedSize = (): number => {
  if (typeof window !== 'undefined') {
    const fromUrl = valid(new URLSearchParams(window.location.search).get('seed'));
    if (fromUrl) {
      sessionStorage.setItem(KEY, String(fromUrl));
      return fromUrl;
    }
    const remembered = valid(sessionStorage.getItem(KEY));
    if (remembered) return remembered;
  }
  // import.meta.env is Vite's; it is undefined when a script runs under plain Node (bench/).
  const env = (import.meta as { env?: Record<string, string | undefined> }).env;
  return valid(env?.VITE_SEED_ARTICLES) ?? DEFAULT_SEED_SIZE;
};
