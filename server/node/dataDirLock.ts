import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError } from './startupError';

const LOCK_FILE = 'server.lock';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Claims the data directory for this process. Embedded PostgreSQL (PGlite) takes no lock of
 * its own, and two processes writing one directory corrupt it for good, so a second server
 * (a forgotten `npm start` beside `npm run dev`) must refuse to open it. The lock file holds
 * the process id: one whose process is gone (a crash, a kill -9) is taken over; a live one is
 * never stolen. Our own id in the file is a previous life of this process id (a container
 * restarted as pid 1), since this process releases its lock when it closes the database.
 * Answers the release function (also run at exit).
 */
export const lockDataDir = (dir: string): (() => void) => {
  const file = join(dir, LOCK_FILE);
  const mine = String(process.pid);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, mine, { flag: 'wx' });
      const release = () => {
        process.off('exit', release);
        try {
          if (readFileSync(file, 'utf8') === mine) unlinkSync(file);
        } catch {
          // Already gone.
        }
      };
      process.on('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    let holder = 0;
    try {
      holder = Number(readFileSync(file, 'utf8'));
    } catch {
      continue; // Released meanwhile: try again.
    }
    if (holder > 0 && holder !== process.pid && alive(holder)) {
      throw new StartupError(
        `The data directory ${dir} is in use by another Newsdesk server (process ${holder}); two servers on one embedded ` +
          `database would corrupt it. Stop that server first (if no server is running, delete ${file}).`,
      );
    }
    try {
      unlinkSync(file);
    } catch {
      // Another starter took it over first; the next attempt finds out who.
    }
  }
  throw new StartupError(`Could not lock the data directory ${dir}`);
};
