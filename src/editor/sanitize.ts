import DOMPurify from 'dompurify';
import { isSafeHref, isSafeImageSrc, linkRel } from './safeUrl';
import { schemaTags } from './schemaTags';

/** The HTML a body may hold: exactly what the editor's schema produces. Used by the server
 * (embedded backend) on every write and by every view that renders a body. */
export const allowedTags = schemaTags;
/** DOMPurify's list is global, not per tag; the hook below narrows where each may appear. */
export const allowedAttributes = [
  'href',
  'rel',
  'target',
  'title',
  'src',
  'alt',
  'start',
  'type',
  'data-credit-id',
];

/** Which element may carry which attribute (anything else is removed). */
const attributesOf: Record<string, readonly string[]> = {
  A: ['href', 'rel', 'target', 'title'],
  IMG: ['src', 'alt'],
  OL: ['start', 'type'],
  FIGURE: ['data-credit-id'],
};

const scrubAttributes = (node: Element) => {
  const allowed = attributesOf[node.nodeName] ?? [];
  for (const { name } of Array.from(node.attributes)) {
    if (!allowed.includes(name)) node.removeAttribute(name);
  }
  if (node.nodeName === 'A') {
    if (!isSafeHref(node.getAttribute('href'))) node.removeAttribute('href');
    if (node.hasAttribute('href')) node.setAttribute('rel', linkRel);
    else node.removeAttribute('rel');
    if (node.hasAttribute('target')) node.setAttribute('target', '_blank');
  }
  if (node.nodeName === 'IMG' && !isSafeImageSrc(node.getAttribute('src'))) {
    node.removeAttribute('src');
  }
  if (node.nodeName === 'OL' && !/^[1aAiI]$/.test(node.getAttribute('type') ?? '1')) {
    node.removeAttribute('type');
  }
  if (node.nodeName === 'FIGURE' && !/^\d+$/.test(node.getAttribute('data-credit-id') ?? '0')) {
    node.removeAttribute('data-credit-id');
  }
};

type Purifier = ReturnType<typeof DOMPurify>;

/**
 * A sanitiser on the DOM of `win`: the page's window in the browser, a jsdom window in the Node
 * server (server/node/sanitize.ts). DOMPurify needs a real DOM to parse with.
 */
export const createSanitizer = (win: Window & typeof globalThis) => {
  let purifier: Purifier | undefined;
  return (html: string): string => {
    if (!purifier) {
      purifier = DOMPurify(win);
      purifier.addHook('afterSanitizeAttributes', scrubAttributes);
    }
    return sanitizeWith(purifier, html);
  };
};

let pagePurifier: ((html: string) => string) | undefined;
export const sanitizeBody = (html: string): string => (pagePurifier ??= createSanitizer(window))(html);

const sanitizeWith = (purifier: Purifier, html: string): string => {
  const fragment = purifier.sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: allowedAttributes,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
  // The schema has a span only as the credit line inside a caption; elsewhere keep the text.
  for (const span of Array.from(fragment.querySelectorAll('span'))) {
    if (span.parentElement?.tagName !== 'FIGCAPTION')
      span.replaceWith(...Array.from(span.childNodes));
  }
  const out = fragment.ownerDocument.createElement('div');
  out.append(fragment);
  return out.innerHTML;
};
