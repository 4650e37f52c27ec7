import { Hono, type MiddlewareHandler } from 'hono';
import { compress } from 'hono/compress';
import { requestId } from 'hono/request-id';
import type { App } from '../app';
import { accessLog, type Log } from '../http/accessLog';
import { securityHeaders } from '../http/security';
import { serveSpa } from './static';

const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

/** Middleware for the SPA's files only: the API app applies its own (and logs its own lines). */
const outsideApi =
  (mw: MiddlewareHandler): MiddlewareHandler =>
  (c, next) =>
    isApi(c.req.path) ? next() : mw(c, next);

/**
 * Everything the Node server answers: the API app under /api, handed the request whole, and
 * the built SPA everywhere else, with the same security headers and one log line per request.
 */
export const createSite = (api: App, options: { staticDir: string; log: Log }) => {
  const site = new Hono();
  // Lists of articles and the JavaScript bundles shrink to a fraction (gzip).
  site.use('*', compress());
  site.use('*', outsideApi(accessLog(options.log)), outsideApi(requestId()), outsideApi(securityHeaders()));
  site.all('/api', (c) => api.fetch(c.req.raw));
  site.all('/api/*', (c) => api.fetch(c.req.raw));
  const spa = serveSpa(site, options.staticDir);
  if (!spa) options.log({ level: 'warn', msg: `no built dashboard in ${options.staticDir}: serving the API alone (npm run build)` });
  site.notFound((c) => c.text('Not found', 404));
  return site;
};
