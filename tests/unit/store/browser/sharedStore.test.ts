import { browser, signIn, type Tab } from './tabsHarness';

type Article = Record<string, unknown> & { id: number; title: string; version: number };

const article = async (tab: Tab, token: string, id: number) => (await tab.call('GET', `/articles/${id}`, token)).json as Article;
const saveTitle = (tab: Tab, token: string, record: Article, title: string) =>
  tab.call('PUT', `/articles/${record.id}`, token, { ...record, title });

let current: ReturnType<typeof browser>;
afterEach(() => current.closeAll());

describe('the tabs of one browser share one newsroom', () => {
  test('a save in one tab is what another tab, open all along, reads next; its token works there too', async () => {
    current = browser();
    const a = await current.openTab();
    const b = await current.openTab();
    const token = await signIn(a);
    const seen = await article(b, token, 7);
    expect((await saveTitle(a, token, seen, 'Saved in tab A')).status).toBe(200);
    expect(await article(b, token, 7)).toMatchObject({ title: 'Saved in tab A', version: seen.version + 1 });
  });

  test("a stale save from another tab meets 409 with the current record; the first save stands", async () => {
    current = browser();
    const a = await current.openTab();
    const b = await current.openTab();
    const token = await signIn(a);
    const inA = await article(a, token, 9);
    const inB = await article(b, token, 9);
    expect((await saveTitle(a, token, inA, 'Version two from A')).status).toBe(200);
    const stale = await saveTitle(b, token, inB, 'Version two from B');
    expect(stale.status).toBe(409);
    expect(stale.json.record).toMatchObject({ title: 'Version two from A', version: inA.version + 1 });
    const c = await current.openTab();
    expect((await article(c, token, 9)).title).toBe('Version two from A');
  });

  test('creates from two tabs at once get different ids, and both are kept', async () => {
    current = browser();
    const [a, b] = [await current.openTab(), await current.openTab()];
    const token = await signIn(a, 'admin');
    const [ta, tb] = await Promise.all([
      a.call('POST', '/tags', token, { name: 'basra', slug: 'basra' }),
      b.call('POST', '/tags', token, { name: 'mosul', slug: 'mosul' }),
    ]);
    expect([ta.status, tb.status]).toEqual([201, 201]);
    expect(ta.json.id).not.toBe(tb.json.id);
    for (const tab of [a, b]) {
      expect((await tab.call('GET', `/tags/${ta.json.id}`, token)).json.slug).toBe('basra');
      expect((await tab.call('GET', `/tags/${tb.json.id}`, token)).json.slug).toBe('mosul');
    }
    // The same slug from another tab is a duplicate, not a second row.
    expect((await b.call('POST', '/tags', token, { name: 'Basra', slug: 'basra' })).status).toBe(409);
  });

  test('an id freed by a delete in one tab is not handed out again by another', async () => {
    current = browser();
    const [a, b] = [await current.openTab(), await current.openTab()];
    const token = await signIn(a, 'admin');
    const made = await a.call('POST', '/tags', token, { name: 'kirkuk', slug: 'kirkuk' });
    expect((await a.call('DELETE', `/tags/${made.json.id}`, token)).status).toBe(200);
    const next = await b.call('POST', '/tags', token, { name: 'erbil', slug: 'erbil' });
    expect(next.json.id).toBe((made.json.id as number) + 1);
  });

  test('nothing answered is lost, whichever order the tabs close in', async () => {
    current = browser();
    const [a, b, c] = [await current.openTab(), await current.openTab(), await current.openTab()];
    const token = await signIn(b, 'admin');
    const saves = [
      [a, 11, 'Kept from A'],
      [b, 12, 'Kept from B'],
      [c, 13, 'Kept from C'],
    ] as const;
    for (const [tab, id, title] of saves) expect((await saveTitle(tab, token, await article(tab, token, id), title)).status).toBe(200);
    await b.close();
    await a.close();
    await c.close();
    const reopened = await current.openTab();
    for (const [, id, title] of saves) expect((await article(reopened, token, id)).title).toBe(title);
  });

  test('signing out in one tab ends the session in every tab', async () => {
    current = browser();
    const [a, b] = [await current.openTab(), await current.openTab()];
    const token = await signIn(a);
    expect((await b.call('GET', '/auth/me', token)).status).toBe(200);
    await a.call('POST', '/auth/logout', token);
    expect((await b.call('GET', '/auth/me', token)).status).toBe(401);
  });

  test('a demo reset in one tab is what the others read next; the caller stays signed in', async () => {
    current = browser();
    const [a, b] = [await current.openTab(), await current.openTab()];
    const token = await signIn(a);
    const seeded = await article(a, token, 5);
    await saveTitle(a, token, seeded, 'Changed before the reset');
    expect((await b.call('POST', '/demo/reset', token)).status).toBe(200);
    expect((await article(a, token, 5)).title).toBe(seeded.title);
    expect((await b.call('GET', '/auth/me', token)).status).toBe(200);
    // The next save in A meets the reset's version, not its own old one.
    expect((await saveTitle(a, token, await article(a, token, 5), 'After the reset')).status).toBe(200);
    expect((await article(b, token, 5)).title).toBe('After the reset');
  });

  test('a tab opened while another is open builds the same seed; one opened alone builds today’s', async () => {
    let now = Date.parse('2025-10-28T09:00:00Z');
    current = browser(() => now);
    const a = await current.openTab();
    const token = await signIn(a);
    const first = await article(a, token, 3);
    now += 3_600_000;
    const b = await current.openTab();
    expect(await article(b, token, 3)).toEqual(first);
    await a.close();
    await b.close();
    now += 3_600_000;
    const c = await current.openTab();
    // The seed's times are relative to the instant it is built for: two hours later here.
    const rebuilt = await article(c, token, 3);
    expect(Date.parse(rebuilt.updatedAt as string) - Date.parse(first.updatedAt as string)).toBe(2 * 3_600_000);
  });
});
