import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Starts the Node server (server/main.ts) as a process of its own, API only, and resolves once
 * it listens. A start takes 10–40 s here under load (once over 120 s); one that takes longer than
 * `startMs` is killed, not left running. Its output is kept in `output()`.
 */
export const startServer = (env: Record<string, string>, startMs = 180_000) =>
  new Promise<ChildProcess & { output: () => string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: { ...process.env, NEWSDESK_STATIC_DIR: '/nonexistent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start in ${startMs / 1000} s:\n${output}`));
    }, startMs);
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Newsdesk is listening')) {
        clearTimeout(timer);
        resolve(Object.assign(child, { output: () => output }));
      }
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}):\n${output}`));
    });
  });

/** SIGTERM, then SIGKILL after `graceMs` for a server that cannot stop (hung requests). */
export const stopServer = async (server: ChildProcess | undefined, graceMs = 10_000) => {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
};
