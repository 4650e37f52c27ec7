import { Hono } from 'hono';
import { requestId } from 'hono/request-id';
import { accessLog, type Log } from './http/accessLog';
import { corsFor } from './http/cors';
import { limitBody } from './http/limits';
import { securityHeaders } from './http/security';
import type { Deps } from './rules/context';
import { ApiError } from './rules/errors';
import { publishDue } from './rules/scheduler';
import { StoreUnavailable } from './store/errors';
import { resources } from './rules/resources';
import { actionRoutes } from './routes/actions';
import { authRoutes } from './routes/auth';
import { crudRoutes } from './routes/crud';
import { metricsRoutes } from './routes/metrics';
import { serviceRoutes } from './routes/service';

export interface AppOptions {
  /** Called with every unexpected error (the Node server logs it with the request id). */
  onUnexpected?: (error: unknown, request: Request, requestId: string) => void;
  /** One line per request (the Node server; the browser demo logs nothing). */
  log?: Log;
  /** Origins allowed to call the API from a browser (CORS); none: no CORS headers at all. */
  corsOrigins?: string[];
  /** Awaited before every request: the browser demo's tabs catch up with each other's commits. */
  beforeEach?: () => Promise<void>;
}

/**
 * The REST contract of the README under `/api`, as one Hono app: a function from a web
 * `Request` to a `Response`. The Node server, the browser demo (through MSW) and the tests all
 * run this same app; only the store behind `deps` differs.
 */
export const createApp = (deps: Deps, options: AppOptions = {}) => {
  const app = new Hono().basePath('/api');

  if (options.log) app.use('*', accessLog(options.log));
  app.use('*', requestId());
  app.use('*', securityHeaders());
  if (options.corsOrigins?.length) app.use('*', corsFor(options.corsOrigins));
  app.use('*', limitBody());
  serviceRoutes(app, deps);

  // Before each request: the caller's hook, then due articles are published, so no reader ever
  // sees a Scheduled article whose time has passed (see rules/scheduler.ts).
  app.use('*', async (_c, next) => {
    await options.beforeEach?.();
    await publishDue(deps);
    await next();
  });

  authRoutes(app, deps);
  metricsRoutes(app, deps);
  actionRoutes(app, deps);
  for (const def of resources) crudRoutes(app, deps, def);

  app.notFound((c) => c.json({ message: `No such endpoint: ${c.req.method} ${new URL(c.req.url).pathname}` }, 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.body, error.status as 400, error.headers);
    if (error instanceof StoreUnavailable) return c.json({ message: 'The database is unavailable; try again shortly' }, 503, { 'Retry-After': '5' });
    // The stack goes to the server's log only; the request id lets an operator find it there.
    const id = c.get('requestId');
    options.onUnexpected?.(error, c.req.raw, id);
    return c.json({ message: 'Internal server error', requestId: id }, 500);
  });
  return app;
};

export type App = ReturnType<typeof createApp>;
