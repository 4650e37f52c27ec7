import { scrypt } from 'node:crypto';
import { createPasswordHasher, type Derive } from '../rules/auth/passwords';

/** Native scrypt (off the event loop, in libuv's pool). */
const nodeDerive: Derive = (password, salt, { N, r, p }, bytes) =>
  new Promise((resolve, reject) =>
    scrypt(password, salt, bytes, { N, r, p, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(new Uint8Array(key)),
    ),
  );

export const nodePasswords = createPasswordHasher(nodeDerive);
