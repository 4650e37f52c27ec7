import type { User } from '../schemas';
import { reauth } from './reauth';
import { openTabChannel, type SessionNews, type TabChannel } from './tabChannel';

/**
 * The signed-in session: token and user, kept in memory and in sessionStorage (a reload keeps
 * it; it is not written where it outlives the tabs), and shared by the tabs of the browser
 * (tabChannel): a new tab takes the session of an open one, signing out in one signs out all,
 * and a session found expired in one opens the sign-in dialog in each. Signing in again in any
 * of them signs them all in again.
 */
export type SessionUser = Pick<User, 'id' | 'name' | 'email' | 'role'>;
export interface Session {
  token: string;
  user: SessionUser;
}
/** What another tab did to this tab's session: the pages react (sign-in page, layout). */
export type SessionChange = 'signed-in' | 'signed-out';

const KEY = 'newsdesk.session';
let current: Session | null | undefined;
let channel: TabChannel | null | undefined;
let starting: Promise<void> | undefined;
const listeners = new Set<(change: SessionChange) => void>();

const read = (): Session | null => {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
};
const keep = (value: Session | null) => {
  current = value;
  if (value) sessionStorage.setItem(KEY, JSON.stringify(value));
  else sessionStorage.removeItem(KEY);
};
const emit = (change: SessionChange) => listeners.forEach((listener) => listener(change));

const hear = (news: SessionNews) => {
  const mine = session.get();
  if (news.type === 'signed-in') {
    // A tab signed in as someone else (it could not reach this one when it opened) is not followed.
    if (mine && mine.user.id !== news.session.user.id) return;
    keep(news.session);
    // Requests waiting for a sign-in here run again, and this tab's dialog closes.
    if (mine) reauth.signedIn();
    else emit('signed-in');
  } else if (mine?.token === news.token) {
    if (news.type === 'expired') reauth.prompt();
    else {
      keep(null);
      emit('signed-out');
    }
  }
};
const tabs = () =>
  channel === undefined
    ? (channel = openTabChannel({ current: () => session.get(), hear }))
    : channel;

export const session = {
  get(): Session | null {
    if (current === undefined) current = read();
    return current;
  },
  /** Settled once this tab knows its session: its own (a reload), another tab's, or none. */
  ready(): Promise<void> {
    starting ??= (async () => {
      const others = tabs();
      if (session.get() || !others) return;
      const shared = await others.ask();
      if (shared && !session.get()) keep(shared);
    })();
    return starting;
  },
  /** Signed in here: every tab takes the session. */
  set(value: Session): void {
    keep(value);
    tabs()?.tell({ type: 'signed-in', session: value });
  },
  /** Signed out here: every tab holding the same session signs out. */
  clear(): void {
    const token = session.get()?.token;
    keep(null);
    if (token) tabs()?.tell({ type: 'signed-out', token });
  },
  /** The server refused the session: every tab holding it asks to sign in again. */
  expired(token: string): void {
    tabs()?.tell({ type: 'expired', token });
  },
  token(): string | undefined {
    return this.get()?.token;
  },
  subscribe(listener: (change: SessionChange) => void): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};
