import type { Session } from './session';

/** What one tab tells the others about the session they share. */
export type SessionNews =
  | { type: 'signed-in'; session: Session }
  | { type: 'signed-out'; token: string }
  | { type: 'expired'; token: string };
type Message =
  | SessionNews
  | { type: 'ask'; from: string }
  | { type: 'answer'; to: string; from: string; session: Session | null };

export interface TabChannel {
  /** The session another open tab holds; null when no tab has one (or none answers in ASK_LIMIT_MS). */
  ask(): Promise<Session | null>;
  tell(news: SessionNews): void;
}

export type Locks = Pick<LockManager, 'request' | 'query'>;
interface Options {
  current: () => Session | null;
  hear: (news: SessionNews) => void;
  locks?: Locks;
  name?: string;
}

/**
 * How long a new tab waits for an open tab that does not answer. Open tabs answer as soon as
 * their main thread is free: within milliseconds, but a tab busy drawing the dashboard took up
 * to 0.6 s at a load average of 11 on 2 cores, and over 1 s under heavier load. Only a hung tab
 * reaches this, so it is generous; meanwhile the new tab shows nothing rather than a sign-in
 * page it does not need.
 */
export const ASK_LIMIT_MS = 5_000;

/**
 * The tabs of one browser pass the session over a BroadcastChannel (same origin only, never
 * stored where another script could read it later). Each tab holds a Web Lock named after it
 * while open, so a new tab knows which tabs to ask and stops waiting once all have answered.
 * Without Web Locks (an insecure origin) tabs share nothing: each signs in on its own.
 */
export const openTabChannel = ({
  current,
  hear,
  locks = globalThis.navigator?.locks,
  name = 'newsdesk.session',
}: Options): TabChannel | null => {
  if (!locks || typeof BroadcastChannel === 'undefined') return null;
  const prefix = `${name}.tab.`;
  const id = globalThis.crypto.randomUUID();
  const channel = new BroadcastChannel(name);
  const waiting = new Set<(answer: Extract<Message, { type: 'answer' }>) => void>();
  channel.onmessage = ({ data }: MessageEvent<Message>) => {
    if (data.type === 'ask')
      channel.postMessage({
        type: 'answer',
        to: data.from,
        from: id,
        session: current(),
      } satisfies Message);
    else if (data.type === 'answer') {
      if (data.to === id) waiting.forEach((take) => take(data));
    } else hear(data);
  };
  // Held until the tab closes, when the browser releases it.
  const open = new Promise<void>((held) => {
    void locks.request(`${prefix}${id}`, () => {
      held();
      return new Promise<never>(() => undefined);
    });
  });

  return {
    async ask() {
      await open;
      const { held = [] } = await locks.query();
      const others = new Set(
        held
          .map((lock) => lock.name ?? '')
          .filter((n) => n.startsWith(prefix) && n !== `${prefix}${id}`)
          .map((n) => n.slice(prefix.length)),
      );
      if (!others.size) return null;
      return new Promise<Session | null>((resolve) => {
        const done = (session: Session | null) => {
          waiting.delete(take);
          clearTimeout(timer);
          resolve(session);
        };
        const take = (answer: Extract<Message, { type: 'answer' }>) => {
          if (answer.session) return done(answer.session);
          others.delete(answer.from);
          if (!others.size) done(null);
        };
        const timer = setTimeout(() => done(null), ASK_LIMIT_MS);
        waiting.add(take);
        channel.postMessage({ type: 'ask', from: id } satisfies Message);
      });
    },
    tell(news) {
      channel.postMessage(news);
    },
  };
};
