import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'react-admin';
import { login, resetClock, resetDb, server, setClock } from '../../../mocks/node';

/** A fixed "now" so scheduled dates, sessions and metrics windows are reproducible. */
export const NOW = Date.parse('2025-10-28T09:00:00Z');
export const API = 'http://localhost/api';
export const SEED = 200;

/** Starts the Node backend around a test file; every test starts from a fresh seed at NOW. */
export const withBackend = () => {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    setClock(() => NOW);
    resetDb(SEED);
  });
  afterAll(() => {
    server.close();
    resetClock();
  });
};

/** The real ra-data-simple-rest client, adding the bearer token like the app's httpClient. */
export const clientWith = (token?: string): DataProvider =>
  simpleRestProvider(API, (url: string, options: fetchUtils.Options = {}) => {
    const headers = new Headers(options.headers ?? { Accept: 'application/json' });
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return fetchUtils.fetchJson(url, { ...options, headers });
  });

export type Role = 'admin' | 'editor' | 'moderator';
export const signIn = async (role: Role) => clientWith(await login(`${role}@newsdesk.test`));

/** A raw request with a token, for status codes and headers the client hides. */
export const call = async (token: string | undefined, method: string, path: string, body?: unknown) => {
  const res = await fetch(`${API}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : null };
};
