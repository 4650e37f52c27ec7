import type { Hono } from 'hono';
import type { Deps } from '../rules/context';
import { openApiDocument } from '../openapi/document';

/** How long a health check waits for the database before calling it unavailable. */
const PING_TIMEOUT_MS = 2000;

const pingWithin = (deps: Deps, ms: number): Promise<void> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([deps.store.ping(), timeout]).finally(() => clearTimeout(timer));
};

/**
 * Public endpoints about the service itself, registered before the scheduler's per-request
 * step so that a health check touches nothing but `ping`.
 */
export const serviceRoutes = (app: Hono, deps: Deps): void => {
  // For load balancers and monitors: 200 while the database answers, 503 otherwise.
  app.get('/health', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      await pingWithin(deps, PING_TIMEOUT_MS);
      return c.json({ status: 'ok', database: 'ok' });
    } catch {
      return c.json({ status: 'unavailable', database: 'unreachable' }, 503, { 'Retry-After': '5' });
    }
  });
  // For the app before sign-in: whether the database holds the demo newsroom (demo accounts).
  app.get('/meta', (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.json({ demo: deps.demo ? { resetByAnyone: deps.demo.resetByAnyone } : null });
  });
  let document: object | null = null;
  app.get('/openapi.json', (c) => c.json((document ??= openApiDocument())));
};
