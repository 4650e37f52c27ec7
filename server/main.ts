import { openDatabase } from './node/database';
import { errorFields, jsonLines } from './node/log';
import { startServer } from './node/server';
import { readSettings, SettingsError } from './node/settings';
import { StartupError } from './node/startupError';

/**
 * The Node entry (`npm start`, `npm run serve`): settings from the environment, the database
 * (seeded or given its first admin when new), the API and the built SPA on one port, the
 * scheduler; SIGTERM and SIGINT stop it gracefully and exit 0. Refusals exit 1 with a sentence.
 */

const log = jsonLines();
const started = performance.now();

const refuse = (e: unknown): never => {
  const told = e instanceof SettingsError || e instanceof StartupError;
  console.error(`Newsdesk cannot start. ${told ? e.message : ''}`);
  if (!told) console.error(e);
  process.exit(1);
};

const settings = (() => {
  try {
    return readSettings(process.env);
  } catch (e) {
    return refuse(e);
  }
})();

const running = await startServer({ settings, openStore: openDatabase, log }).catch(refuse);
log({
  level: 'info',
  msg: `Newsdesk is listening on ${running.url}`,
  database: settings.database.kind === 'postgres' ? 'postgres' : `pglite (${settings.database.dataDir})`,
  demo: running.deps.demo !== null,
  ms: Math.round(performance.now() - started),
});

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  log({ level: 'info', msg: `${signal}: finishing requests in flight, then closing the database` });
  running.stop().then(
    () => {
      log({ level: 'info', msg: 'stopped' });
      process.exit(0);
    },
    (e: unknown) => {
      log({ level: 'error', msg: 'shutdown failed', ...errorFields(e) });
      process.exit(1);
    },
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
