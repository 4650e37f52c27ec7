import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Ctx, Deps } from '../rules/context';
import { authorize } from '../rules/auth/session';
import { fail } from '../rules/errors';

/** The request's JSON body as an object: 400 when it is not JSON, or not an object. */
export const jsonBody = async (c: Context): Promise<Record<string, unknown>> => {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return fail(400, 'The body must be valid JSON', { errors: { _: 'nd.validation.invalid' } });
  }
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : fail(400, 'The body must be a JSON object');
};

/** Like jsonBody, but an empty body reads as `{}` (optional bodies: review notes, restore). */
export const optionalBody = async (c: Context): Promise<Record<string, unknown> | null> => {
  const text = await c.req.text();
  if (!text.trim()) return null;
  try {
    const body: unknown = JSON.parse(text);
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return fail(400, 'The body must be valid JSON', { errors: { _: 'nd.validation.invalid' } });
  }
};

export const json = (c: Context, body: unknown, status = 200, headers: Record<string, string> = {}) =>
  c.json(body as object, status as ContentfulStatusCode, headers);

/** The signed-in user allowed `action` on `resource`, or the 401/403 answer. */
export const who = async (deps: Deps, c: Context, resource: string, action: string): Promise<Ctx> => {
  const ctx = await authorize(deps, c.req.header('Authorization'), resource, action);
  c.set('userId', ctx.user.id);
  return ctx;
};

export const urlOf = (c: Context) => new URL(c.req.url);
