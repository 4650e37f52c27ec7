import { call, NOW, setClock, withBackend } from './backend';

withBackend();
const MINUTE = 60_000;
const attempt = (password: string, email = 'editor@newsdesk.test') => call(undefined, 'POST', '/auth/login', { email, password });

describe('failed sign-ins are throttled per email', () => {
  test('from the 11th failure within 15 minutes: 429 with Retry-After, whatever the password', async () => {
    for (let i = 0; i < 10; i++) {
      setClock(() => NOW + i * MINUTE);
      expect((await attempt(`guess-${i}`)).status).toBe(401);
    }
    setClock(() => NOW + 10 * MINUTE);
    const refused = await attempt('newsdesk');
    expect(refused.status).toBe(429);
    // The first failure (at NOW) leaves the window at NOW + 15 min: 5 minutes from now.
    expect(refused.headers.get('Retry-After')).toBe('300');
    expect(refused.json).toMatchObject({ retryAfter: 300, message: expect.stringMatching(/too many/i) });
    // Another email is not affected.
    expect((await attempt('newsdesk', 'admin@newsdesk.test')).status).toBe(200);

    setClock(() => NOW + 15 * MINUTE);
    const ok = await attempt('newsdesk');
    expect(ok.status).toBe(200);
    // A success clears the count: nine more failures are not yet throttled.
    for (let i = 0; i < 9; i++) expect((await attempt('wrong')).status).toBe(401);
    expect((await attempt('newsdesk')).status).toBe(200);
  });

  test('the email is matched whatever its case', async () => {
    for (let i = 0; i < 10; i++) await attempt('wrong', i % 2 ? 'EDITOR@newsdesk.test' : 'editor@newsdesk.test');
    expect((await attempt('newsdesk', 'Editor@Newsdesk.Test')).status).toBe(429);
  });
});
