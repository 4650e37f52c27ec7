import { fetchUtils, HttpError } from 'react-admin';
import { session } from './session';

/**
 * Status codes whose server message is replaced by a translated one: the server speaks
 * English, the user may not. Other errors keep the server's message (often specific).
 */
const translatedMessages: Record<number, string> = {
  401: 'nd.auth.session_expired',
  403: 'nd.auth.forbidden',
  404: 'nd.common.not_found',
};

/** fetchJson with the bearer token; HttpError bodies are kept whole so `errors` reach the form. */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  const token = session.token();
  try {
    return await fetchUtils.fetchJson(url, {
      ...options,
      user: { authenticated: Boolean(token), token: `Bearer ${token}` },
    });
  } catch (error) {
    if (error instanceof HttpError && translatedMessages[error.status]) {
      throw new HttpError(translatedMessages[error.status], error.status, error.body);
    }
    throw error;
  }
};
