import { ASK_LIMIT_MS, openTabChannel, type SessionNews } from '../../../src/providers/tabChannel';
import type { Session } from '../../../src/providers/session';
import { lockWorld } from '../store/browser/fakeLocks';

const editor: Session = { token: 't-1', user: { id: 2, name: 'Huda Karim', email: 'editor@newsdesk.test', role: 'editor' } };

let names = 0;
let closers: (() => void)[] = [];
afterEach(() => {
  closers.forEach((close) => close());
  closers = [];
});

/** Tabs of one browser: Web Locks (fake) and a BroadcastChannel (Node's) of their own name. */
const browser = () => {
  const world = lockWorld();
  const name = `newsdesk.session.test-${names++}`;
  return (held: Session | null, heard: SessionNews[] = []) => {
    const { locks, close } = world.tab(`tab-${Math.random()}`);
    const channel = openTabChannel({ current: () => held, hear: (n) => heard.push(n), locks, name })!;
    closers.push(close);
    return channel;
  };
};

describe('tabs pass the session to each other', () => {
  test('a tab alone asks no one: no session, at once', async () => {
    const tab = browser();
    const started = Date.now();
    expect(await tab(null).ask()).toBeNull();
    expect(Date.now() - started).toBeLessThan(ASK_LIMIT_MS / 2);
  });

  test('a new tab takes the session of an open one', async () => {
    const tab = browser();
    tab(null);
    tab(editor);
    expect(await tab(null).ask()).toEqual(editor);
  });

  test('when every open tab says it has none, the new tab stops waiting', async () => {
    const tab = browser();
    tab(null);
    tab(null);
    const started = Date.now();
    expect(await tab(null).ask()).toBeNull();
    expect(Date.now() - started).toBeLessThan(ASK_LIMIT_MS / 2);
  });

  test('sign-outs and expiries reach every other tab, not the sender', async () => {
    const tab = browser();
    const heardA: SessionNews[] = [];
    const heardB: SessionNews[] = [];
    const sender = tab(editor);
    tab(editor, heardA);
    tab(editor, heardB);
    // A round trip (ask and answers) after the news: messages of one channel arrive in order.
    sender.tell({ type: 'signed-out', token: 't-1' });
    await tab(null).ask();
    expect(heardA).toEqual([{ type: 'signed-out', token: 't-1' }]);
    expect(heardB).toEqual([{ type: 'signed-out', token: 't-1' }]);
  });
});
