/**
 * The URL policy shared by the editor (link dialog, pasted and loaded links, images) and the
 * sanitiser, so what the editor accepts and what the server keeps can never differ.
 */

/** Every link in a body opens a page the newsroom does not control. */
export const linkRel = 'noopener noreferrer';

const linkProtocols = new Set(['http:', 'https:', 'mailto:']);
const imageProtocols = new Set(['http:', 'https:']);

/** The URL parser strips the tabs, newlines and control characters browsers ignore, so
 * `java\tscript:` is judged as the browser would run it. Relative URLs have no protocol. */
const protocolOf = (url: string): string | null => {
  try {
    return new URL(url.trim()).protocol.toLowerCase();
  } catch {
    return null;
  }
};

export const isSafeHref = (url: string | null | undefined): boolean =>
  !!url && linkProtocols.has(protocolOf(url) ?? '');

export const isSafeImageSrc = (url: string | null | undefined): boolean =>
  !!url && imageProtocols.has(protocolOf(url) ?? '');

export type LinkCheck =
  { ok: true; href: string } | { ok: false; reason: 'empty' | 'protocol' | 'invalid' };

const hasScheme = /^[a-z][a-z0-9+.-]*:/i;
const looksLikeHost = /^[^\s/:?#@]+\.[^\s/:?#@]{2,}([/?#]\S*)?$/;

/** What the link dialog does with what the user typed: `example.com/x` becomes https, an
 * address with a scheme must use an allowed one, anything else is refused. */
export const checkLinkInput = (input: string): LinkCheck => {
  const value = input.trim();
  if (!value) return { ok: false, reason: 'empty' };
  // Control characters and whitespace are removed before the scheme test, as browsers do.
  // eslint-disable-next-line no-control-regex
  const squeezed = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (hasScheme.test(squeezed)) {
    return isSafeHref(value) ? { ok: true, href: value } : { ok: false, reason: 'protocol' };
  }
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return { ok: true, href: `mailto:${value}` };
  if (looksLikeHost.test(value)) return { ok: true, href: `https://${value}` };
  return { ok: false, reason: 'invalid' };
};
