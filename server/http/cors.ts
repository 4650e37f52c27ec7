import { cors } from 'hono/cors';

/**
 * CORS for the listed origins only (NEWSDESK_CORS_ORIGINS): a dashboard built with
 * VITE_API_URL and served from another origin. Another origin gets no Allow-Origin header, so
 * its browser refuses the answer. Bearer tokens, not cookies: no credentials mode.
 */
export const corsFor = (origins: string[]) =>
  cors({
    origin: (origin) => (origins.includes(origin) ? origin : null),
    // ra-data-simple-rest sends `Range` with every list (not a safelisted value); the article
    // list under a search sends `Prefer: count=none`.
    allowHeaders: ['Authorization', 'Content-Type', 'Range', 'Prefer'],
    // ra-data-simple-rest reads the total from Content-Range; the login page reads Retry-After.
    exposeHeaders: ['Content-Range', 'Retry-After', 'X-Request-Id'],
    maxAge: 600,
  });
