import { fetchUtils, HttpError } from 'react-admin';
import { apiReady } from './apiReady';
import { reauth } from './reauth';
import { session } from './session';

/**
 * Status codes whose server message is replaced by a translated one: the server speaks
 * English, the user may not. Other errors keep the server's message (often specific).
 */
const translatedMessages: Record<number, string> = {
  401: 'nd.auth.session_expired',
  403: 'nd.auth.forbidden',
  404: 'nd.common.not_found',
  // A proxy without its server, or the server without its database: nothing was done.
  502: 'nd.common.unreachable',
  503: 'nd.common.unreachable',
  504: 'nd.common.unreachable',
};

/** The message of a request that never got an answer (server down, network gone). */
export const UNREACHABLE = 'nd.common.unreachable';

const send = async (url: string, options: fetchUtils.Options, token: string | undefined) => {
  try {
    return await fetchUtils.fetchJson(url, {
      ...options,
      user: { authenticated: Boolean(token), token: `Bearer ${token}` },
    });
  } catch (error) {
    if (error instanceof HttpError && translatedMessages[error.status]) {
      throw new HttpError(translatedMessages[error.status], error.status, error.body);
    }
    // fetch rejects with a TypeError when no answer came at all.
    if (error instanceof TypeError) throw new Error(UNREACHABLE, { cause: error });
    throw error;
  }
};

const isRead = (options: fetchUtils.Options) => (options.method ?? 'GET').toUpperCase() === 'GET';

/**
 * fetchJson with the bearer token; HttpError bodies are kept whole so `errors` reach the form.
 * A 401 while signed in means the session expired under the open page: every tab holding it is
 * told, and the request waits for the sign-in dialog and runs again with the new token (a
 * cancelled write fails with its 401). A 401 for a token this tab has since replaced (signed in
 * again here or in another tab) just runs again.
 */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  await apiReady.wait();
  for (;;) {
    const token = session.token();
    try {
      return await send(url, options, token);
    } catch (error) {
      if (!(error instanceof HttpError) || error.status !== 401 || !token) throw error;
      if (session.token() && session.token() !== token) continue;
      if (!session.token()) throw error;
      session.expired(token);
      try {
        await reauth.request(isRead(options) ? 'page' : 'save');
      } catch {
        throw error;
      }
    }
  }
};
