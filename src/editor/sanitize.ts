import DOMPurify from 'dompurify';

/**
 * The HTML a body may hold: exactly what the editor's schema produces. Used by the server
 * (embedded backend) on every write and by every view that renders a body.
 */
export const allowedTags = [
  'p',
  'br',
  'h2',
  'h3',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'figure',
  'figcaption',
  'img',
  'code',
  'pre',
];
export const allowedAttributes = [
  'href',
  'rel',
  'target',
  'src',
  'alt',
  'title',
  'data-credit-id',
  'dir',
];

const safeUrl = /^(?:https?:|mailto:)/i;

let purifier: ReturnType<typeof DOMPurify> | undefined;
const getPurifier = () => {
  if (!purifier) {
    purifier = DOMPurify(window);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.hasAttribute('href')) {
        const href = node.getAttribute('href') ?? '';
        if (!safeUrl.test(href)) node.removeAttribute('href');
        else if (/^https?:/i.test(href)) node.setAttribute('rel', 'noopener noreferrer');
      }
      if (node.hasAttribute('src') && !/^https?:/i.test(node.getAttribute('src') ?? '')) {
        node.removeAttribute('src');
      }
    });
  }
  return purifier;
};

export const sanitizeBody = (html: string): string =>
  getPurifier().sanitize(html, {
    ALLOWED_TAGS: allowedTags,
    ALLOWED_ATTR: allowedAttributes,
    ALLOW_DATA_ATTR: false,
  });
