// @vitest-environment node
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockDataDir } from '../../../server/node/dataDirLock';

/** Two servers must never open one embedded database (PGlite has no lock of its own). */

const dir = () => mkdtempSync(join(tmpdir(), 'newsdesk-lock-'));

describe('the data directory lock', () => {
  test('a second opener is refused while the first holds the directory; released, it is free again', () => {
    const d = dir();
    const release = lockDataDir(d);
    expect(readFileSync(join(d, 'server.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(d, 'server.lock'))).toBe(false);
    lockDataDir(d)();
  });

  test('refuses a directory held by another live process, naming it', async () => {
    const d = dir();
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(join(d, 'server.lock'), String(child.pid));
      expect(() => lockDataDir(d)).toThrow(new RegExp(`in use by another Newsdesk server \\(process ${child.pid}\\)`));
      expect(readFileSync(join(d, 'server.lock'), 'utf8')).toBe(String(child.pid));
    } finally {
      child.kill();
    }
  });

  test('takes over the lock of a process that is gone (a crash, a kill -9)', async () => {
    const d = dir();
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => child.on('exit', r));
    writeFileSync(join(d, 'server.lock'), String(child.pid));
    const release = lockDataDir(d);
    expect(readFileSync(join(d, 'server.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
