import type { Hono } from 'hono';
import type { Deps } from '../rules/context';
import { createRecord, deleteRecord, getRecord, listRecords, updateRecord } from '../rules/crud';
import { contentRange, prefersNoCount } from '../rules/listQuery';
import type { ResourceDef } from '../rules/resource';
import { json, jsonBody, urlOf, who } from './respond';

/** The five routes of the contract for one resource (read-only when `def.write` is absent). */
export const crudRoutes = (app: Hono, deps: Deps, def: ResourceDef): void => {
  const base = `/${def.name}`;
  app.get(base, async (c) => {
    const ctx = await who(deps, c, def.name, 'list');
    const { rows, total, start } = await listRecords(def, ctx, urlOf(c), prefersNoCount(c.req.header('Prefer')));
    return json(c, rows, 200, { 'Content-Range': contentRange(def.name, start, rows.length, total) });
  });
  app.get(`${base}/:id`, async (c) => json(c, await getRecord(def, await who(deps, c, def.name, 'show'), c.req.param('id'))));
  if (!def.write) return;
  app.post(base, async (c) => {
    const ctx = await who(deps, c, def.name, 'create');
    const { record, status } = await createRecord(def, ctx, await jsonBody(c));
    return json(c, record, status);
  });
  app.put(`${base}/:id`, async (c) => {
    const ctx = await who(deps, c, def.name, 'edit');
    const { record, status } = await updateRecord(def, ctx, c.req.param('id'), await jsonBody(c));
    return json(c, record, status);
  });
  app.delete(`${base}/:id`, async (c) => {
    const ctx = await who(deps, c, def.name, 'delete');
    return json(c, await deleteRecord(def, ctx, c.req.param('id'), urlOf(c)));
  });
};
