import type { Log } from '../http/accessLog';
import { THROTTLE_WINDOW_MS } from '../rules/auth/login';
import type { Deps } from '../rules/context';
import { publishDue } from '../rules/scheduler';
import { errorFields } from './log';

export interface SchedulerTimes {
  /** How often due scheduled articles are published (the issue asks for at least every 30 s). */
  publishMs: number;
  /**
   * How often expired sessions and old failed sign-ins are removed, the store tidied (and demo
   * traffic moves on).
   */
  housekeepingMs: number;
}
export const defaultTimes: SchedulerTimes = { publishMs: 15_000, housekeepingMs: 10 * 60_000 };

export interface Scheduler {
  /** Stops the timers and waits for a run in progress (the database is closed next). */
  stop(): Promise<void>;
}

/**
 * The server's own timers: publishing due articles without waiting for a request, and
 * housekeeping. Unref'd, so they never keep the process alive; a failed run is logged and the
 * next one tries again. Runs of one job never overlap (a slow database delays, not piles up).
 */
export const startScheduler = (
  deps: Deps,
  log: Log,
  times: SchedulerTimes = defaultTimes,
  /** Moves the demo traffic on to the current day (a store that keeps rows, demo data only). */
  advanceTraffic?: (now: number) => Promise<void>,
): Scheduler => {
  const running = new Set<Promise<void>>();
  const busy = new Set<string>();
  const job = (name: string, work: () => Promise<void>) => () => {
    if (busy.has(name)) return;
    busy.add(name);
    const run = work()
      .catch((e: unknown) => log({ level: 'error', msg: `scheduler: ${name} failed`, ...errorFields(e) }))
      .finally(() => {
        busy.delete(name);
        running.delete(run);
      });
    running.add(run);
  };
  const publish = job('publish', async () => {
    const ids = await publishDue(deps);
    if (ids.length) log({ level: 'info', msg: 'published scheduled articles', ids });
  });
  const housekeeping = job('housekeeping', async () => {
    const now = deps.clock();
    await deps.store.db.sessions.removeExpired(now);
    await deps.store.db.loginFailures.removeBefore(now - THROTTLE_WINDOW_MS);
    await deps.store.tidy?.();
    await advanceTraffic?.(now);
  });
  const timers = [setInterval(publish, times.publishMs), setInterval(housekeeping, times.housekeepingMs)];
  for (const t of timers) t.unref();
  publish();
  housekeeping();
  return {
    async stop() {
      for (const t of timers) clearInterval(t);
      await Promise.allSettled([...running]);
    },
  };
};
