// @vitest-environment node
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { logLines, runMain } from './mainProcess';

/**
 * server/main.ts on embedded PGlite, in its own process, as `npm run serve` runs it: what a new
 * data directory gets, and what a stop (SIGTERM) and a start again keep. PGlite boots and
 * migrates in each start: seconds, hence the longer time allowed.
 */

const admin = { NEWSDESK_DEMO: '0', NEWSDESK_ADMIN_EMAIL: 'chief@paper.example', NEWSDESK_ADMIN_PASSWORD: 'a long enough secret' };
const json = { 'Content-Type': 'application/json' };

describe('the server on a PGlite data directory', () => {
  test('refuses an empty database without demo data or admin; creates the admin; keeps records and sessions across SIGTERM and a new start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-restart-'));

    const refused = runMain({ NEWSDESK_DATA_DIR: dir, NEWSDESK_DEMO: '0' });
    expect(await refused.exited).toBe(1);
    expect(refused.stderr()).toMatch(/The database is empty and NEWSDESK_DEMO=0.*NEWSDESK_ADMIN_EMAIL and NEWSDESK_ADMIN_PASSWORD/);

    const first = runMain({ NEWSDESK_DATA_DIR: dir, ...admin });
    const url = await first.listening;
    const signIn = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: json, body: JSON.stringify({ email: 'chief@paper.example', password: 'a long enough secret' }) });
    expect(signIn.status).toBe(200);
    const { token } = (await signIn.json()) as { token: string };
    const auth = { ...json, Authorization: `Bearer ${token}` };
    const tag = await fetch(`${url}/api/tags`, { method: 'POST', headers: auth, body: JSON.stringify({ name: 'Rare earths' }) });
    expect(tag.status).toBe(201);
    const created = (await tag.json()) as { id: number; version: number };
    const renamed = await fetch(`${url}/api/tags/${created.id}`, { method: 'PUT', headers: auth, body: JSON.stringify({ name: 'Rare-earth metals', slug: 'rare-earth-metals', version: created.version }) });
    expect(renamed.status).toBe(200);
    expect(await (await fetch(`${url}/api/meta`)).json()).toEqual({ demo: null });

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(logLines(first).map((l) => l.msg)).toEqual(expect.arrayContaining(['created the first admin', 'stopped']));
    expect(existsSync(join(dir, 'server.lock'))).toBe(false);

    // Without the admin settings: the database has its users now.
    const second = runMain({ NEWSDESK_DATA_DIR: dir, NEWSDESK_DEMO: '0' });
    const again = await second.listening;
    try {
      const me = await fetch(`${again}/api/auth/me`, { headers: auth });
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ email: 'chief@paper.example', role: 'admin' });
      const kept = await fetch(`${again}/api/tags/${created.id}`, { headers: auth });
      expect(await kept.json()).toMatchObject({ name: 'Rare-earth metals', slug: 'rare-earth-metals', version: created.version + 1 });
      expect(logLines(second).map((l) => l.msg)).not.toContain('created the first admin');
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  }, 240_000);
});
