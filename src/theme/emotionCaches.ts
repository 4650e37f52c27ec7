import createCache from '@emotion/cache';
import { prefixer } from 'stylis';
import rtlPlugin from 'stylis-plugin-rtl';

/**
 * Emotion caches per direction: the RTL one runs every rule through stylis-plugin-rtl, so
 * margins, paddings, borders and positions are mirrored for Arabic without per-component code.
 */
export const emotionCaches = {
  ltr: createCache({ key: 'mui' }),
  rtl: createCache({ key: 'muirtl', stylisPlugins: [prefixer, rtlPlugin] }),
};
