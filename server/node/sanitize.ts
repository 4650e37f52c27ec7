import { JSDOM } from 'jsdom';
import { createSanitizer } from '../../src/editor/sanitize';

/** The article sanitiser for Node: DOMPurify on a jsdom window, as DOMPurify advises. */
export const nodeSanitize = createSanitizer(new JSDOM('').window as unknown as Window & typeof globalThis);
