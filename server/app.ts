import { Hono } from 'hono';
import type { Deps } from './rules/context';
import { ApiError } from './rules/errors';
import { publishDue } from './rules/scheduler';
import { StoreUnavailable } from './store/errors';
import { resources } from './rules/resources';
import { actionRoutes } from './routes/actions';
import { authRoutes } from './routes/auth';
import { crudRoutes } from './routes/crud';
import { metricsRoutes } from './routes/metrics';

export interface AppOptions {
  /** Called with every unexpected error (the Node server logs it with the request id). */
  onUnexpected?: (error: unknown, request: Request) => void;
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
    options.onUnexpected?.(error, c.req.raw);
    return c.json({ message: 'Internal server error' }, 500);
  });
  return app;
};

export type App = ReturnType<typeof createApp>;
