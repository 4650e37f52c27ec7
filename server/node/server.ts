import type { Server } from 'node:http';
import { createApp } from '../app';
import type { Log } from '../http/accessLog';
import { dayNumber, systemClock, type Clock } from '../rules/clock';
import type { Deps } from '../rules/context';
import type { Store } from '../store/types';
import { prepareDatabase } from './bootstrap';
import { closeServer, listen } from './listen';
import { errorFields, jsonLines } from './log';
import { nodePasswords } from './passwords';
import { nodeSanitize } from './sanitize';
import { defaultTimes, startScheduler, type SchedulerTimes } from './scheduler';
import type { DatabaseSetting, Settings } from './settings';
import { createSite } from './site';

/** A store that keeps the demo traffic as rows (the SQL store) moves it on to each new day. */
export type ServerStore = Store & { advanceTraffic?: (today: number) => Promise<void> };

export interface StartOptions {
  settings: Settings;
  /** Opens the database the settings name (server/node/database.ts; tests pass their own). */
  openStore: (database: DatabaseSetting) => Promise<ServerStore>;
  log?: Log;
  clock?: Clock;
  scheduler?: SchedulerTimes;
  /** How long a shutdown waits for requests in flight before cutting their connections. */
  shutdownTimeoutMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  deps: Deps;
  server: Server;
  /** Graceful stop: no new connections, requests in flight finish, scheduler stopped, database closed. */
  stop(): Promise<void>;
}

/** The Node server: settings → database (prepared) → app and SPA → listening, plus its timers. */
export const startServer = async (o: StartOptions): Promise<RunningServer> => {
  const { settings } = o;
  const log = o.log ?? jsonLines();
  const clock = o.clock ?? systemClock;
  const store = await o.openStore(settings.database);
  try {
    const demo = await prepareDatabase(store, settings, { passwords: nodePasswords, clock, log });
    const deps: Deps = { store, clock, passwords: nodePasswords, sanitize: nodeSanitize, demo };
    const api = createApp(deps, {
      log,
      corsOrigins: settings.corsOrigins,
      onUnexpected: (e, request, requestId) =>
        log({ level: 'error', msg: 'unexpected error', requestId, method: request.method, path: new URL(request.url).pathname, ...errorFields(e) }),
    });
    const site = createSite(api, { staticDir: settings.staticDir, log });
    const { server, port } = await listen(site.fetch, settings.port, settings.host);
    // Demo data only: a real newsroom's figures come from its site, never from the generator.
    const traffic = demo && store.advanceTraffic ? (now: number) => store.advanceTraffic!(dayNumber(now)) : undefined;
    const scheduler = startScheduler(deps, log, o.scheduler ?? defaultTimes, traffic);
    const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
    let stopping: Promise<void> | null = null;
    return {
      url: `http://${host}:${port}`,
      port,
      deps,
      server,
      stop: () =>
        (stopping ??= (async () => {
          await Promise.all([closeServer(server, o.shutdownTimeoutMs ?? 10_000), scheduler.stop()]);
          await store.close();
        })()),
    };
  } catch (e) {
    await store.close();
    throw e;
  }
};
