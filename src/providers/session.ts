import type { User } from '../schemas';

/**
 * The signed-in session: token and user, kept in memory and mirrored in sessionStorage.
 * sessionStorage survives a reload but is per tab and cleared when the tab closes;
 * localStorage would keep the bearer token readable by any script on the origin for good.
 */
export type SessionUser = Pick<User, 'id' | 'name' | 'email' | 'role'>;
export interface Session {
  token: string;
  user: SessionUser;
}

const KEY = 'newsdesk.session';
let current: Session | null | undefined;

const read = (): Session | null => {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
};

export const session = {
  get(): Session | null {
    if (current === undefined) current = read();
    return current;
  },
  set(value: Session): void {
    current = value;
    sessionStorage.setItem(KEY, JSON.stringify(value));
  },
  clear(): void {
    current = null;
    sessionStorage.removeItem(KEY);
  },
  token(): string | undefined {
    return this.get()?.token;
  },
};
