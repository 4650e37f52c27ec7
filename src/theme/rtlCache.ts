import createCache from '@emotion/cache';
import { prefixer } from 'stylis';
import rtlPlugin from 'stylis-plugin-rtl';

/**
 * The RTL emotion cache: every rule runs through stylis-plugin-rtl, so margins, paddings,
 * borders and positions are mirrored for Arabic without per-component code.
 */
export const createRtlCache = () =>
  createCache({ key: 'muirtl', stylisPlugins: [prefixer, rtlPlugin] });
