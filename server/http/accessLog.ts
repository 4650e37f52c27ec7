import type { MiddlewareHandler } from 'hono';

declare module 'hono' {
  interface ContextVariableMap {
    /** The signed-in user of the request, once a route has established it (for the log). */
    userId?: number;
  }
}

export type LogEntry = { level: 'info' | 'warn' | 'error'; msg: string } & Record<string, unknown>;
/** Where the Node server's log lines go (JSON lines on stdout); tests collect them. */
export type Log = (entry: LogEntry) => void;

/**
 * One line per request, written once the answer is known (errors included: Hono's onError has
 * run by then): method, path, status, milliseconds, user id and request id.
 */
export const accessLog =
  (log: Log): MiddlewareHandler =>
  async (c, next) => {
    const start = performance.now();
    await next();
    log({
      level: 'info',
      msg: 'request',
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - start) * 10) / 10,
      userId: c.get('userId') ?? null,
      requestId: c.get('requestId') ?? null,
    });
  };
