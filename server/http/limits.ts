import { bodyLimit } from 'hono/body-limit';

/** The largest request body accepted: an article of 2,000,000 characters fits with room. */
export const MAX_BODY_BYTES = 5 * 1024 * 1024;

/** 413 as the contract's JSON error when a body is larger than MAX_BODY_BYTES. */
export const limitBody = () =>
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json({ message: `The request body is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB` }, 413),
  });
