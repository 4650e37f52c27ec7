/** Session tokens: 256 random bits, handed to the client once; the store keeps only a SHA-256 hash. */
const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

export const newToken = (): string => hex(crypto.getRandomValues(new Uint8Array(32)));

export const hashToken = async (token: string): Promise<string> =>
  hex(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token))));

/** A readable one-time password: 16 characters without look-alikes (0/O, 1/l), about 93 bits. */
export const temporaryPassword = (): string => {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  // 256 is not a multiple of the alphabet's 56 letters: bytes from 224 up are drawn again.
  const out: string[] = [];
  while (out.length < 16) {
    for (const b of crypto.getRandomValues(new Uint8Array(32))) {
      if (b < 224 && out.length < 16) out.push(alphabet[b % alphabet.length]);
    }
  }
  return out.join('');
};
