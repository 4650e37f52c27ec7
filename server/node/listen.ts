import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { StartupError } from './startupError';

/** How long an idle keep-alive connection stays open. */
export const KEEP_ALIVE_MS = 65_000;

/** Starts listening; resolves once bound (the port chosen when 0 was asked), or explains why not. */
export const listen = (fetch: (request: Request) => Response | Promise<Response>, port: number, hostname: string) =>
  new Promise<{ server: Server; port: number }>((resolve, reject) => {
    const server = serve({ fetch, port, hostname }, (info: AddressInfo) => resolve({ server, port: info.port })) as Server;
    // Node closes a keep-alive connection 5 s after its last answer by default. When something
    // holds the event loop longer than that (PGlite runs on it: a long statement, a restore),
    // the timer fires before a request that arrived meanwhile is read, and that request is lost
    // without an answer. Keep idle connections for a minute, as proxies and browsers do.
    server.keepAliveTimeout = KEEP_ALIVE_MS;
    server.headersTimeout = KEEP_ALIVE_MS + 1_000;
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE'
          ? new StartupError(`Port ${port} on ${hostname} is already in use: stop the other server or set PORT`, { cause: e })
          : e,
      ),
    );
  });

/**
 * Stops accepting connections and waits for the requests in flight; after `timeoutMs` the
 * connections still open are cut, so a stuck client cannot hold a shutdown forever.
 */
export const closeServer = (server: Server, timeoutMs: number) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
    // A keep-alive connection whose request has finished would otherwise stay open until the
    // client's idle timeout: close such connections as soon as they fall idle.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    server.close(() => {
      clearTimeout(timer);
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
