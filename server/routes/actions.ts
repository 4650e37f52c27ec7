import type { Hono } from 'hono';
import type { Deps } from '../rules/context';
import { resetPassword } from '../rules/passwordReset';
import { restoreRevision } from '../rules/restore';
import { mergeTags } from '../rules/tagMerge';
import { statusCounts } from '../rules/statusCounts';
import { json, jsonBody, optionalBody, urlOf, who } from './respond';

/** Endpoints beyond plain CRUD; registered before the generic routes they share paths with. */
export const actionRoutes = (app: Hono, deps: Deps): void => {
  app.get('/articles/counts', async (c) => json(c, await statusCounts(await who(deps, c, 'articles', 'list'), urlOf(c))));
  app.post('/tags/merge', async (c) => json(c, await mergeTags(await who(deps, c, 'tags', 'merge'), await jsonBody(c))));
  app.post('/users/:id/reset-password', async (c) => json(c, await resetPassword(await who(deps, c, 'users', 'reset'), c.req.param('id'))));
  app.post('/articles/:id/restore', async (c) => {
    const ctx = await who(deps, c, 'articles', 'edit');
    const { record } = await restoreRevision(ctx, c.req.param('id'), await optionalBody(c));
    return json(c, record);
  });
};
