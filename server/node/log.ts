import type { Log } from '../http/accessLog';

/**
 * The server's log: one JSON object per line on stdout (time first), which journald, Docker
 * and any log shipper read as is. Errors carry their stack here, never in an answer.
 */
export const jsonLines =
  (write: (line: string) => void = (line) => void process.stdout.write(line)): Log =>
  (entry) =>
    write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);

export const errorFields = (error: unknown): Record<string, unknown> =>
  error instanceof Error ? { error: error.message, stack: error.stack } : { error: String(error) };
