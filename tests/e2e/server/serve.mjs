// The server project's web server: `node --import tsx server/main.ts`, as `npm start` runs it
// after its build, on a throwaway PGlite directory in the system's temporary folder, seeded with
// the demo newsroom on this first start. Playwright stops it with SIGTERM (gracefulShutdown in
// playwright.config.ts); the server finishes its requests and closes the database, and the
// folder goes with it. Usage: node tests/e2e/server/serve.mjs PORT
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = process.argv[2];
if (!port) throw new Error('usage: node tests/e2e/server/serve.mjs PORT');
const folder = mkdtempSync(join(tmpdir(), 'newsdesk-e2e-'));

// Nothing of the caller's own server settings (a DATABASE_URL, another data directory) leaks in.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key !== 'DATABASE_URL' && !key.startsWith('NEWSDESK_')),
);
const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
  env: { ...env, HOST: '127.0.0.1', PORT: port, NEWSDESK_DATA_DIR: join(folder, 'data') },
  stdio: 'inherit',
});

// The signal reaches the whole process group, the server included; passing it on covers a
// signal sent to this process alone. Either way this process waits for the server to stop.
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => {
  rmSync(folder, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
