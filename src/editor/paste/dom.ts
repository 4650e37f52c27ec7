/** Small DOM helpers for the paste cleaner. */

export const unwrap = (el: Element) => {
  el.replaceWith(...Array.from(el.childNodes));
};

export const rename = (el: Element, tag: string): Element => {
  const next = el.ownerDocument.createElement(tag);
  next.append(...Array.from(el.childNodes));
  el.replaceWith(next);
  return next;
};

/** Elements in document order, as a static list (safe to mutate while iterating). */
export const all = (root: ParentNode, selector = '*'): Element[] =>
  Array.from(root.querySelectorAll(selector));

export const styleOf = (el: Element) => (el.getAttribute('style') ?? '').toLowerCase();

/** Text as a reader sees it: no-break spaces and zero-width characters count as nothing. */
export const isBlank = (el: Element) =>
  !el.querySelector('img') && (el.textContent ?? '').replace(/[\s\u00a0\u200b\ufeff]/g, '') === '';
