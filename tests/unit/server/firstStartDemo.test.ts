// @vitest-environment node
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMain } from './mainProcess';

/** A first start of server/main.ts on a new PGlite data directory, with the demo newsroom. */

const json = { 'Content-Type': 'application/json' };

describe('the server on a new PGlite data directory', () => {
  test('seeds a new data directory with the demo newsroom, whose accounts sign in and which says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-demo-'));
    const p = runMain({ NEWSDESK_DATA_DIR: dir, NEWSDESK_SEED_ARTICLES: '40' });
    const url = await p.listening;
    try {
      expect(await (await fetch(`${url}/api/meta`)).json()).toEqual({ demo: { resetByAnyone: false } });
      const signIn = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: json, body: JSON.stringify({ email: 'editor@newsdesk.test', password: 'newsdesk' }) });
      expect(signIn.status).toBe(200);
      const { token } = (await signIn.json()) as { token: string };
      const list = await fetch(`${url}/api/articles?range=[0,9]`, { headers: { Authorization: `Bearer ${token}` } });
      expect(list.headers.get('Content-Range')).toBe('articles 0-9/40');
    } finally {
      p.child.kill('SIGTERM');
      expect(await p.exited).toBe(0);
    }
  }, 240_000);
});
