import { authProvider } from '../../../src/providers/authProvider';
import { httpClient } from '../../../src/providers/httpClient';
import { reauth } from '../../../src/providers/reauth';
import { session } from '../../../src/providers/session';

const unauthorized = () => Object.assign(new Error('Unauthorized'), { status: 401 });
const signIn = (token: string) =>
  session.set({
    token,
    user: { id: 2, name: 'Layla Haddad', email: 'editor@newsdesk.test', role: 'editor' },
  });

/** A server that accepts only the token `fresh`, recording the token of every request. */
const seen: string[] = [];
const server = vi.fn(async (_url: string, init?: RequestInit) => {
  const auth = new Headers(init?.headers).get('Authorization') ?? '';
  seen.push(auth);
  return auth === 'Bearer fresh'
    ? Response.json({ id: 1, name: 'Japan' })
    : Response.json({ message: 'Expired' }, { status: 401 });
});

beforeEach(() => {
  seen.length = 0;
  vi.stubGlobal('fetch', server);
});
afterEach(() => {
  reauth.signedIn();
  session.clear();
  vi.unstubAllGlobals();
});

describe('an expired session', () => {
  it('holds every request until the user signs in again, then runs each with the new token', async () => {
    signIn('expired');
    const read = httpClient('/api/tags/1');
    const write = httpClient('/api/tags/1', { method: 'PUT', body: '{}' });
    // One dialog for both, saying it will save since a write waits.
    await vi.waitFor(() => expect(reauth.current()).toBe('save'));
    expect(seen).toEqual(['Bearer expired', 'Bearer expired']);

    signIn('fresh');
    reauth.signedIn();
    await expect(read).resolves.toMatchObject({ json: { name: 'Japan' } });
    await expect(write).resolves.toMatchObject({ status: 200 });
    expect(reauth.current()).toBeNull();
    expect(seen.slice(2)).toEqual(['Bearer fresh', 'Bearer fresh']);
  });

  it('fails a write with its 401 when the dialog is cancelled, and keeps a read waiting', async () => {
    signIn('expired');
    let readDone = false;
    const read = httpClient('/api/tags').then(() => (readDone = true));
    const write = httpClient('/api/tags', { method: 'POST', body: '{}' });
    await vi.waitFor(() => expect(reauth.current()).toBe('save'));
    reauth.cancelled();
    await expect(write).rejects.toMatchObject({ status: 401, message: 'nd.auth.session_expired' });
    expect(reauth.current()).toBeNull();
    expect(readDone).toBe(false);
    // The next request that meets the expired session opens the dialog again.
    void httpClient('/api/tags/2');
    await vi.waitFor(() => expect(reauth.current()).toBe('page'));
    signIn('fresh');
    reauth.signedIn();
    await read;
    expect(readDone).toBe(true);
  });

  it('does not wait without a session: the 401 goes to react-admin, which signs out', async () => {
    await expect(httpClient('/api/tags')).rejects.toMatchObject({ status: 401 });
    expect(reauth.current()).toBeNull();
    await expect(authProvider.checkError!(unauthorized())).rejects.toEqual({
      message: 'nd.auth.session_expired',
    });
  });

  it('never signs out while a session is held, on 401, 403 or 500', async () => {
    signIn('expired');
    for (const status of [401, 403, 500]) {
      await expect(authProvider.checkError!({ status })).resolves.toBeUndefined();
    }
    expect(session.token()).toBe('expired');
  });
});
