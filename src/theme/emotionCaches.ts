import createCache, { type EmotionCache } from '@emotion/cache';

const ltr = createCache({ key: 'mui' });
let rtl: EmotionCache | undefined;

/**
 * Makes the RTL emotion cache (rtlCache.ts, with stylis-plugin-rtl and cssjanus), fetched with
 * the Arabic catalog: the direction turns RTL only once that catalog is loaded, so a page in
 * English never downloads it.
 */
export const loadRtlCache = (): Promise<void> =>
  import('./rtlCache').then(({ createRtlCache }) => {
    rtl ??= createRtlCache();
  });

/** The emotion cache of a direction (RTL once loaded by loadRtlCache). */
export const emotionCacheFor = (direction: 'ltr' | 'rtl'): EmotionCache =>
  direction === 'rtl' && rtl ? rtl : ltr;
