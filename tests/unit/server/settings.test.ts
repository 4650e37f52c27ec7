// @vitest-environment node
import { readSettings, SettingsError } from '../../../server/node/settings';

describe('settings from the environment', () => {
  test('defaults: port 8080 on loopback, PGlite in ./data, the demo newsroom of 2,000 articles, no CORS', () => {
    expect(readSettings({})).toEqual({
      port: 8080, host: '127.0.0.1', database: { kind: 'pglite', dataDir: './data' }, demo: true, seedArticles: 2000,
      admin: null, corsOrigins: [], staticDir: './dist',
    });
  });

  test('reads every setting; an empty variable means the default', () => {
    const s = readSettings({
      PORT: '9000', HOST: '0.0.0.0', DATABASE_URL: 'postgres://newsdesk:pw@db:5432/newsdesk', NEWSDESK_DATA_DIR: '',
      NEWSDESK_DEMO: '0', NEWSDESK_ADMIN_EMAIL: 'Chief@Paper.example', NEWSDESK_ADMIN_PASSWORD: 'correct horse battery',
      NEWSDESK_CORS_ORIGINS: 'https://cms.example.com, http://localhost:5173', NEWSDESK_SEED_ARTICLES: '50000',
    });
    expect(s).toMatchObject({
      port: 9000, host: '0.0.0.0', database: { kind: 'postgres', url: 'postgres://newsdesk:pw@db:5432/newsdesk' }, demo: false,
      admin: { email: 'chief@paper.example', password: 'correct horse battery' }, seedArticles: 50000,
      corsOrigins: ['https://cms.example.com', 'http://localhost:5173'],
    });
  });

  test('refuses bad values with one line per problem, never echoing a password or a database URL', () => {
    let error: unknown;
    try {
      readSettings({ PORT: 'eighty', NEWSDESK_DEMO: 'maybe', DATABASE_URL: 'mysql://root:hunter2@db', NEWSDESK_CORS_ORIGINS: 'https://cms.example.com/' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SettingsError);
    const { message, problems } = error as SettingsError;
    expect(problems).toHaveLength(4);
    expect(message).toMatch(/PORT: must be a whole number from 0 to 65535 \(got "eighty"\)/);
    expect(message).toMatch(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL$/m);
    expect(message).not.toContain('hunter2');
    expect(message).toMatch(/NEWSDESK_CORS_ORIGINS: .*without a path or trailing slash/);
    expect(() => readSettings({ NEWSDESK_ADMIN_EMAIL: 'chief@paper.example' })).toThrow(/set both or neither/);
    expect(() => readSettings({ NEWSDESK_ADMIN_EMAIL: 'chief@paper.example', NEWSDESK_ADMIN_PASSWORD: 'short' })).toThrow(/at least 12 characters/);
  });
});
