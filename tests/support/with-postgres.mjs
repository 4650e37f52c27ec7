#!/usr/bin/env node
/**
 * Runs a command against a throwaway PostgreSQL cluster: `node tests/support/with-postgres.mjs
 * -- CMD ARGS…`. With TEST_DATABASE_URL already set, that server is used as is. Otherwise the
 * PostgreSQL binaries of this machine (Debian's package `postgresql`) create a cluster in a
 * temporary folder, listening on a free loopback port only, and remove it afterwards; the
 * command gets TEST_DATABASE_URL. Without PostgreSQL installed the run is skipped with a notice,
 * unless NEWSDESK_REQUIRE_POSTGRES=1 (CI), where that is an error.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const command = process.argv.slice(process.argv.indexOf('--') + 1);
if (!command.length) throw new Error('usage: with-postgres.mjs -- COMMAND [ARGS…]');

const run = (env) => {
  const child = spawn(command[0], command.slice(1), { stdio: 'inherit', env: { ...process.env, ...env }, shell: false });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
};

const binDir = () => {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    if (existsSync(join(dir, 'initdb'))) return dir;
  } catch {
    /* no pg_config on PATH: look where Debian installs the server */
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => join(root, v, 'bin')).find((d) => existsSync(join(d, 'initdb'))) ?? null;
};

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

if (process.env.TEST_DATABASE_URL) process.exit(await run({}));

const bin = binDir();
if (!bin) {
  const message = 'PostgreSQL is not installed (Debian package `postgresql`): the PostgreSQL run is not possible here.';
  if (process.env.NEWSDESK_REQUIRE_POSTGRES === '1') {
    console.error(`${message} NEWSDESK_REQUIRE_POSTGRES=1 asks for it.`);
    process.exit(1);
  }
  console.warn(`\n*** ${message} Skipped; set TEST_DATABASE_URL or install it to run it. ***\n`);
  process.exit(0);
}

// PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user.
const asRoot = userInfo().uid === 0;
const dir = mkdtempSync(join(tmpdir(), 'newsdesk-pg-'));
const pg = (tool, args) => {
  const argv = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args;
  const result = spawnSync(asRoot ? 'runuser' : join(bin, tool), argv, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr || result.stdout}`);
};
let started = false;
const stop = () => {
  if (started) {
    try {
      pg('pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop']);
    } catch (e) {
      console.error(String(e));
    }
    started = false;
  }
  rmSync(dir, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

let code = 1;
try {
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })));
  pg('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  pg('pg_ctl', ['-D', join(dir, 'data'), '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);
  started = true;
  console.log(`PostgreSQL (${bin}) on 127.0.0.1:${port}, throwaway cluster in ${dir}`);
  code = await run({ TEST_DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres` });
} finally {
  stop();
}
process.exit(code);
