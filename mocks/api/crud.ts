import { http, type HttpHandler } from 'msw';
import { inputSchemas } from '../../src/schemas';
import { nowDate, nowIso } from '../clock';
import { getDb } from '../db';
import { runQuery } from '../db/query';
import { logActivity } from './activity';
import type { Input, ResourceDef, WriteContext } from './endpoint';
import { contentRange, fail, listParams, ok, readBody } from './http';
import { authorize } from './session';
import { changedFields, fieldErrors } from './validate';

const idOf = (raw: unknown) => {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 ? id : null;
};

/**
 * Validates, checks, stores, logs: create (existing undefined), update, and the article
 * restore endpoint (which writes a revision's snapshot as an update).
 */
export const writeRecord = async <S extends { id: number }, P>(
  def: ResourceDef<S, P>,
  ctx: WriteContext,
  body: Input,
  existing: S | undefined,
): Promise<Response> => {
  const w = def.write;
  if (!w) return fail(405, `${def.name} is read-only`);
  const table = def.table(ctx.db);
  const before = existing ? (table.materialize(existing) as Input) : {};
  const parsed = inputSchemas(nowDate)[w.schema].safeParse({ ...before, ...body });
  if (!parsed.success) return fail(400, 'Invalid input', { errors: fieldErrors(parsed.error) });
  const input = parsed.data as Input;
  const refusal = w.check?.(ctx, input, existing);
  if (refusal) {
    return fail(refusal.status, refusal.message, { ...(refusal.errors ? { errors: refusal.errors } : {}), ...refusal.extra });
  }
  const row = w.toRow(ctx, input, existing, existing?.id ?? table.nextId);
  if (w.save) w.save(ctx, row);
  else ctx.db.put(table, row);
  const fields = Object.keys(input);
  logActivity(ctx, {
    action: existing ? 'update' : 'create', resource: def.name, recordId: row.id, label: def.label(row),
    changedFields: existing ? changedFields(before, input, fields) : fields,
  });
  const extra = (await w.after?.(ctx, row, !existing)) ?? {};
  return ok({ ...(table.materialize(row) as Input), ...extra }, existing ? 200 : 201);
};

/** The five routes of the contract for one resource (read-only when `def.write` is absent). */
export const crudHandlers = <S extends { id: number }, P>(def: ResourceDef<S, P>): HttpHandler[] => {
  const base = `*/api/${def.name}`;
  const notFound = (id: unknown) => fail(404, `No ${def.name} record with id ${String(id)}`);
  const handlers: HttpHandler[] = [
    http.get(base, ({ request }) => {
      const who = authorize(request, def.name, 'list');
      if (who instanceof Response) return who;
      const db = getDb();
      const table = def.table(db);
      const params = listParams(new URL(request.url), def.defaultSort);
      const { rows, total, start } = runQuery(table, params, def.filters?.(db));
      return ok(rows.map((r) => table.materialize(r)), 200, {
        'Content-Range': contentRange(def.name, start, rows.length, total),
        'Access-Control-Expose-Headers': 'Content-Range',
      });
    }),
    http.get(`${base}/:id`, ({ request, params }) => {
      const who = authorize(request, def.name, 'show');
      if (who instanceof Response) return who;
      const table = def.table(getDb());
      const row = table.get(idOf(params.id) ?? -1);
      return row ? ok(table.materialize(row)) : notFound(params.id);
    }),
  ];
  const w = def.write;
  if (!w) return handlers;

  handlers.push(
    http.post(base, async ({ request }) => {
      const who = authorize(request, def.name, 'create');
      if (who instanceof Response) return who;
      const body = await readBody(request);
      if (!body) return fail(400, 'The body must be a JSON object');
      return writeRecord(def, { db: getDb(), user: who.user, now: nowIso() }, body, undefined);
    }),
    http.put(`${base}/:id`, async ({ request, params }) => {
      const who = authorize(request, def.name, 'edit');
      if (who instanceof Response) return who;
      const db = getDb();
      const table = def.table(db);
      const existing = table.get(idOf(params.id) ?? -1);
      if (!existing) return notFound(params.id);
      const body = await readBody(request);
      if (!body) return fail(400, 'The body must be a JSON object');
      // Bulk actions (updateMany) send no version: they apply to whatever is current.
      const version = (existing as { version?: number }).version;
      if (w.versioned && body.version !== undefined && body.version !== version) {
        return fail(409, 'This record was changed by someone else since you opened it', {
          errors: { version: 'nd.validation.stale' },
          record: table.materialize(existing),
        });
      }
      return writeRecord(def, { db, user: who.user, now: nowIso() }, body, existing);
    }),
    http.delete(`${base}/:id`, ({ request, params }) => {
      const who = authorize(request, def.name, 'delete');
      if (who instanceof Response) return who;
      const db = getDb();
      const table = def.table(db);
      const existing = table.get(idOf(params.id) ?? -1);
      if (!existing) return notFound(params.id);
      const ctx = { db, user: who.user, now: nowIso() };
      const used = w.inUse?.(ctx, existing);
      if (used) return fail(409, used);
      const record = table.materialize(existing);
      // Logged before the drop, so the log reads cause first, then what the drop rewrote (translations).
      logActivity(ctx, {
        action: 'delete', resource: def.name, recordId: existing.id, label: def.label(existing),
        changedFields: Object.keys(record as object),
      });
      if (w.drop) w.drop(ctx, existing.id);
      else db.remove(table, existing.id);
      return ok(record);
    }),
  );
  return handlers;
};
