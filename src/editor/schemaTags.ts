/**
 * The elements the editor's schema writes (StarterKit without code, code blocks and h1/h4–h6,
 * plus links and the Figure node). The sanitiser allows exactly these; the editor names the
 * first element outside them when a body cannot be loaded whole.
 */
export const schemaTags = [
  'p',
  'br',
  'h2',
  'h3',
  'strong',
  'em',
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
  'span',
  'img',
];
