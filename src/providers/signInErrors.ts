/**
 * Too many failed sign-ins for this email (429): the server refuses every attempt until
 * `retryAt` (epoch ms), whatever the password, and the sign-in forms say when that is.
 */
export class SignInThrottled extends Error {
  constructor(readonly retryAt: number) {
    super('nd.auth.throttled');
    this.name = 'SignInThrottled';
  }
}

/** The 429 answer of `POST /auth/login` as a SignInThrottled error. */
export const throttledFrom = async (response: Response): Promise<SignInThrottled> => {
  const body = (await response.json().catch(() => ({}))) as { retryAfter?: unknown };
  const seconds = Number(body.retryAfter ?? response.headers.get('Retry-After'));
  return new SignInThrottled(Date.now() + (Number.isFinite(seconds) && seconds > 0 ? seconds : 60) * 1000);
};
