import { all, styleOf, unwrap } from './dom';

/**
 * Google Docs marks formatting with inline styles on spans (`font-weight:700`,
 * `font-style:italic`, …) rather than tags. Turn those into the tags the schema knows before
 * every style is dropped. Headings keep no bold: their weight is the heading's own.
 */
const marksOf = (el: Element): string[] => {
  const style = styleOf(el);
  const tags: string[] = [];
  const weight = /font-weight:\s*(\w+)/.exec(style)?.[1];
  if (weight && (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600))
    tags.push('strong');
  if (/font-style:\s*italic/.test(style)) tags.push('em');
  if (/text-decoration[^;]*underline/.test(style) && !el.closest('a')) tags.push('u');
  if (/text-decoration[^;]*line-through/.test(style)) tags.push('s');
  return tags;
};

export const convertStyledSpans = (root: HTMLElement) => {
  for (const span of all(root, 'span[style]')) {
    const tags = span.closest('h1,h2,h3,h4,h5,h6') ? [] : marksOf(span);
    if (!tags.length) continue;
    const doc = span.ownerDocument;
    const outer = doc.createElement(tags[0]);
    let inner = outer;
    for (const tag of tags.slice(1)) inner = inner.appendChild(doc.createElement(tag));
    inner.append(...Array.from(span.childNodes));
    span.replaceWith(outer);
  }
  // Google wraps the whole fragment in <b style="font-weight:normal" id="docs-internal-guid-…">.
  for (const b of all(root, 'b')) {
    if (/font-weight:\s*(normal|400)/.test(styleOf(b)) || b.id.startsWith('docs-internal-guid'))
      unwrap(b);
  }
};
