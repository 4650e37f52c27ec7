import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';
import { createSanitizer } from '../../src/editor/sanitize';

const require = createRequire(import.meta.url);
let sanitize: ((html: string) => string) | undefined;

/**
 * The article sanitiser for Node: DOMPurify on a jsdom window, as DOMPurify advises. jsdom is
 * loaded on the first body to sanitise, not at start: loading it is the largest part of the
 * server's start (about a third), and a server restarted to serve reads should not wait for it.
 */
export const nodeSanitize = (html: string): string => {
  sanitize ??= createSanitizer(new (require('jsdom') as typeof Jsdom).JSDOM('').window as unknown as Window & typeof globalThis);
  return sanitize(html);
};
