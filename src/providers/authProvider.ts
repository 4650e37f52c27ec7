import type { AuthProvider } from 'react-admin';
import { apiReady } from './apiReady';
import { can } from './permissions';
import { apiUrl } from './config';
import { reauth } from './reauth';
import { session, type SessionUser } from './session';
import { throttledFrom } from './signInErrors';

interface Credentials {
  email: string;
  password: string;
}

const post = async (path: string, body?: unknown, token?: string) => {
  await apiReady.wait();
  return fetch(`${apiUrl}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
};

/** Why a sign-in failed, as a catalog key the login page translates. */
const loginFailure = (status: number) =>
  status === 401 || status === 400
    ? 'nd.auth.invalid_credentials'
    : status === 403
      ? 'nd.auth.account_inactive'
      : 'nd.auth.login_failed';

export const authProvider: AuthProvider = {
  async login({ email, password }: Credentials) {
    let response: Response;
    try {
      response = await post('/auth/login', { email, password });
    } catch {
      throw new Error('nd.auth.login_failed');
    }
    if (response.status === 429) throw await throttledFrom(response);
    if (!response.ok) throw new Error(loginFailure(response.status));
    const { token, user } = (await response.json()) as { token: string; user: SessionUser };
    session.set({
      token,
      user: { id: user.id, name: user.name, email: user.email, role: user.role },
    });
    // Requests held by an expired session (see httpClient) run again with the new token.
    reauth.signedIn();
  },

  async logout() {
    const token = session.token();
    session.clear();
    // Best effort: the token is already forgotten here whatever the server says.
    if (token) await post('/auth/logout', undefined, token).catch(() => undefined);
  },

  async checkAuth() {
    // A new tab first asks the open ones for their session.
    await session.ready();
    // No message on a plain visit: the login page is explanation enough.
    if (!session.token()) throw { message: false };
  },

  async checkError(error: { status?: number }) {
    // 403 is not a reason to sign out: the httpClient already turned it into a notification.
    // A 401 while a session is held is an expired session: the httpClient makes the request
    // wait for the sign-in dialog over the page, and one that still fails here is a save the
    // user chose not to sign in for. Signing out would navigate away from the form.
    if (error?.status !== 401 || session.token()) return;
    // No session at all: rejecting makes react-admin sign out and show this message.
    throw { message: 'nd.auth.session_expired' };
  },

  async getIdentity() {
    await session.ready();
    const user = session.get()?.user;
    if (!user) throw new Error('nd.auth.session_expired');
    return { id: user.id, fullName: user.name, email: user.email, role: user.role };
  },

  async getPermissions() {
    await session.ready();
    return session.get()?.user.role;
  },

  async canAccess({ resource, action }) {
    await session.ready();
    return can(session.get()?.user.role, resource, action);
  },
};
