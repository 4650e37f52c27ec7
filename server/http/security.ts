import { secureHeaders } from 'hono/secure-headers';

/**
 * The Content-Security-Policy of the SPA and the API. Scripts come only from our origin (Vite
 * emits no inline script: the module preload polyfill is bundled into the entry chunk).
 * Styles need 'unsafe-inline': emotion (MUI) inserts <style> elements at run time, and MUI
 * writes `style` attributes, which a nonce cannot cover. Article images are loaded from any
 * https: source (agency and photo sites); fonts are bundled (small ones inlined as data:).
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Security headers on every response, the SPA's files and the API's answers alike. */
export const securityHeaders = () =>
  secureHeaders({
    contentSecurityPolicy,
    // Older browsers ignore frame-ancestors; they read this instead.
    xFrameOptions: 'DENY',
    // Hono's default, said here because the README documents it: no Referer leaves the app.
    referrerPolicy: 'no-referrer',
  });
