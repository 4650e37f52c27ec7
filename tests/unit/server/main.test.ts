// @vitest-environment node
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from './mainProcess';

/** Refusals at start, as an operator meets them: exit code 1 and a sentence on stderr. */

describe('server/main.ts refuses to start', () => {
  test('with invalid settings, listing each problem', async () => {
    const p = runMain({ PORT: 'eighty', NEWSDESK_CORS_ORIGINS: 'cms.example.com' });
    expect(await p.exited).toBe(1);
    expect(p.stderr()).toMatch(/Newsdesk cannot start\. Invalid settings:/);
    expect(p.stderr()).toMatch(/PORT: must be a whole number from 0 to 65535 \(got "eighty"\)/);
    expect(p.stderr()).toMatch(/NEWSDESK_CORS_ORIGINS: /);
    expect(p.stderr()).not.toMatch(/\n\s+at /);
  }, 60_000);

  test('on a data directory another live server holds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-main-'));
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(join(dir, 'server.lock'), String(holder.pid));
      const p = runMain({ NEWSDESK_DATA_DIR: dir });
      expect(await p.exited).toBe(1);
      expect(p.stderr()).toContain(`in use by another Newsdesk server (process ${holder.pid})`);
    } finally {
      holder.kill();
    }
  }, 60_000);
});
