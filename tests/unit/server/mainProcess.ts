import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** `npm run serve` as an operator runs it: server/main.ts in its own Node process. */

const root = resolve(import.meta.dirname, '../../..');

export interface MainProcess {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  /** Resolves with the URL once the server says it listens (rejects if it exits first). */
  listening: Promise<string>;
}

export const runMain = (env: Record<string, string>): MainProcess => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const listening = new Promise<string>((resolveUrl, reject) => {
    child.stdout!.on('data', () => {
      const url = /Newsdesk is listening on (http:\/\/[^"]+)"/.exec(out)?.[1];
      if (url) resolveUrl(url);
    });
    void exited.then((code) => reject(new Error(`exited with ${code} before listening: ${err}`)));
  });
  listening.catch(() => undefined);
  return { child, stdout: () => out, stderr: () => err, exited, listening };
};

/** The JSON lines the process wrote on stdout. */
export const logLines = (p: MainProcess): Record<string, unknown>[] =>
  p.stdout().split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
