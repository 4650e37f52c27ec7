import { scryptAsync } from '@noble/hashes/scrypt.js';

/**
 * Passwords are stored only as salted scrypt hashes, in one self-describing string:
 * `scrypt$N$r$p$SALT$HASH` (base64), so the cost can rise later without invalidating old hashes.
 * The server hashes with node:crypto (server/node/passwords.ts); the browser demo, which has
 * no node:crypto, with @noble/hashes. Both give the same bytes, so a hash from one verifies in
 * the other.
 */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}
export const SCRYPT: ScryptParams = { N: 16_384, r: 8, p: 1 };
const KEY_BYTES = 32;

export type Derive = (password: string, salt: Uint8Array, params: ScryptParams, bytes: number) => Promise<Uint8Array>;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(password: string, stored: string): Promise<boolean>;
}

const toB64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromB64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Compares in time independent of where the first difference is. */
const equal = (a: Uint8Array, b: Uint8Array) => {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
};

export const createPasswordHasher = (derive: Derive): PasswordHasher => ({
  async hash(password) {
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const key = await derive(password, salt, SCRYPT, KEY_BYTES);
    return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, toB64(salt), toB64(key)].join('$');
  },
  async verify(password, stored) {
    const [kind, N, r, p, salt, hash] = stored.split('$');
    if (kind !== 'scrypt' || !salt || !hash) return false;
    const expected = fromB64(hash);
    const params = { N: Number(N), r: Number(r), p: Number(p) };
    return equal(await derive(password, fromB64(salt), params, expected.length), expected);
  },
});

/** Pure JavaScript scrypt, for the browser demo. */
export const nobleDerive: Derive = (password, salt, { N, r, p }, dkLen) =>
  scryptAsync(new TextEncoder().encode(password), salt, { N, r, p, dkLen });
