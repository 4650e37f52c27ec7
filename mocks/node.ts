import { setupServer } from 'msw/node';
import { handlers } from './handlers';

export { resetDb, getDb } from './db';
export { setClock, resetClock } from './clock';

/** The embedded backend for Node (tests, scripts): the same handlers as the browser. */
export const server = setupServer(...handlers);

/** Signs in through the contract and returns the bearer token. */
export const login = async (email: string, password = 'newsdesk', origin = 'http://localhost'): Promise<string> => {
  const res = await fetch(`${origin}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status}`);
  const { token } = (await res.json()) as { token: string };
  return token;
};
