import { inputSchemas, msg } from '../../src/schemas';
import type { Condition, ListQuery, VersionedCollection } from '../store/types';
import { ReferenceViolation, UniqueViolation } from '../store/errors';
import { logActivity } from './activity';
import { inTx, type Ctx, type Deps } from './context';
import { ApiError, fail, notFound } from './errors';
import { parseList } from './listQuery';
import type { Input, ResourceDef } from './resource';
import { deriveSlug } from './slugs';
import { changedFields, fieldErrors } from './validate';

type Rec = { id: number } & Record<string, unknown>;
const versioned = (def: ResourceDef, ctx: Ctx) => def.collection(ctx.db) as VersionedCollection<Rec & { version: number }, unknown>;

export const idOf = (raw: unknown): number => {
  const id = Number(raw);
  return Number.isInteger(id) && id > 0 ? id : -1;
};

export const stale = (record: unknown): never =>
  fail(409, 'This record was changed by someone else since you opened it', { errors: { version: msg.stale }, record });

/** The query of a list request, custom filters (`section`) turned into conditions. */
export const listQueryOf = async (def: ResourceDef, ctx: Ctx, url: URL, omit: string[] = []): Promise<ListQuery> => {
  const custom = Object.keys(def.customFilters ?? {});
  const { query, filter } = parseList(def.name, url, def.defaultSort, custom);
  const extra: Condition[] = [];
  for (const key of custom) if (filter[key] !== undefined) extra.push(...(await def.customFilters![key](ctx, filter[key])));
  return { ...query, where: [...query.where, ...extra].filter((c) => !omit.includes(c.field)) };
};

/**
 * A list request: the page, the total and where it starts (for Content-Range). `uncounted`
 * (`Prefer: count=none`): one row more is read to tell whether more follow, and the total is
 * null unless the page is the last, when the rows tell it.
 */
export const listRecords = async (
  def: ResourceDef, ctx: Ctx, url: URL, uncounted = false,
): Promise<{ rows: Rec[]; total: number | null; start: number }> => {
  const query = await listQueryOf(def, ctx, url);
  const start = query.range?.[0] ?? 0;
  if (!uncounted || !query.range) return { ...(await def.collection(ctx.db).list(query)), start };
  const size = query.range[1] - start + 1;
  const page = await def.collection(ctx.db).list({ ...query, range: [start, start + size], uncounted: true });
  const more = page.rows.length > size;
  return { rows: page.rows.slice(0, size), total: more ? null : page.total, start };
};

export const getRecord = async (def: ResourceDef, ctx: Ctx, rawId: unknown): Promise<Rec> =>
  (await def.collection(ctx.db).get(idOf(rawId))) ?? notFound(def.name, rawId);

/** Turns what the database refused into the contract's answers. */
const storeRefusal = (def: ResourceDef, e: unknown): never => {
  if (e instanceof UniqueViolation) {
    const key = def.write?.conflicts?.[e.field] ?? msg.invalid;
    fail(409, `The ${e.field} is already used`, { errors: { [e.field]: key } });
  }
  if (e instanceof ReferenceViolation && e.kind === 'missing') {
    fail(400, 'Invalid references', { errors: { [e.field ?? '_']: msg.invalid } });
  }
  if (e instanceof ReferenceViolation) fail(409, `This ${def.name} record is still in use`, { reason: 'in_use' });
  throw e;
};

declare const prepared: unique symbol;
/** A request body after its resource's `prepare` (sanitised): the only kind writeRecord takes. */
export type Prepared = Input & { readonly [prepared]: true };

/** Runs the resource's `prepare` on a body; call it before the transaction begins. */
export const prepareInput = (def: ResourceDef, deps: Deps, body: Input): Prepared =>
  (def.write?.prepare?.(deps, body) ?? body) as Prepared;

/**
 * Validates, checks, stores and logs a create (`existing` undefined) or an update, inside the
 * caller's transaction. Answers the stored record (plus what `after` adds) and its status.
 */
export const writeRecord = async (def: ResourceDef, ctx: Ctx, body: Prepared, existing: Rec | undefined) => {
  const w = def.write;
  if (!w) return fail(405, `${def.name} is read-only`);
  const before: Input = existing ? { ...existing } : {};
  const parsed = inputSchemas(() => new Date(ctx.deps.clock()))[w.schema].safeParse({ ...before, ...body });
  if (!parsed.success) return fail(400, 'Invalid input', { errors: fieldErrors(parsed.error) });
  const input = parsed.data as Input;
  await w.check?.(ctx, input, existing);
  const row = w.toRow(ctx, input, existing);
  const collection = versioned(def, ctx);
  let record: Rec | null;
  try {
    record = w.save
      ? await w.save(ctx, row, existing)
      : existing
        ? await collection.update(existing.id, row, existing.version as number)
        : await collection.insert(row);
  } catch (e) {
    return storeRefusal(def, e);
  }
  // The version moved between our read and the update: another save won.
  if (!record) return stale(await collection.get(existing!.id));
  const fields = Object.keys(input);
  await logActivity(ctx, {
    action: existing ? 'update' : 'create', resource: def.name, recordId: record.id, label: def.label(record),
    changedFields: existing ? changedFields(before, input, fields) : fields,
  });
  const extra = (await w.after?.(ctx, record, !existing)) ?? {};
  return { record: { ...record, ...extra }, status: existing ? 200 : 201 };
};

/** `POST /{resource}`: a create without a slug gets one, retried if a concurrent create took it. */
export const createRecord = async (def: ResourceDef, ctx: Ctx, raw: Input) => {
  const w = def.write!;
  const body = prepareInput(def, ctx.deps, raw);
  const derive = w.slugSource && (typeof body.slug !== 'string' || body.slug.trim() === '');
  for (let attempt = 0; ; attempt++) {
    try {
      return await inTx(ctx, async (tx) => {
        const slug = derive ? await deriveSlug(tx.db, def.name, w.slugSource!(body), new Date(ctx.deps.clock()), body.lang) : body.slug;
        return writeRecord(def, tx, derive ? { ...body, slug } : body, undefined);
      });
    } catch (e) {
      const slugRace = e instanceof ApiError && e.status === 409 && (e.extra.errors as Input | undefined)?.slug;
      if (!derive || !slugRace || attempt >= 3) throw e;
    }
  }
};

/** `PUT /{resource}/{id}`: 409 with the current record when `version` is not the stored one. */
export const updateRecord = (def: ResourceDef, ctx: Ctx, rawId: unknown, raw: Input) => {
  const body = prepareInput(def, ctx.deps, raw);
  return inTx(ctx, async (tx) => {
    const existing = await getRecord(def, tx, rawId);
    // Bulk actions (updateMany) send no version: they apply to whatever is current.
    if (body.version !== undefined && body.version !== existing.version) stale(existing);
    return writeRecord(def, tx, body, existing);
  });
};

/** `DELETE /{resource}/{id}`: the record as it was. */
export const deleteRecord = (def: ResourceDef, ctx: Ctx, rawId: unknown, url: URL) =>
  inTx(ctx, async (tx) => {
    const existing = await getRecord(def, tx, rawId);
    // Logged before the delete's own rewrites (translations), so the log reads cause first; a
    // refusal rolls the entry back with the rest.
    await logActivity(tx, {
      action: 'delete', resource: def.name, recordId: existing.id, label: def.label(existing), changedFields: Object.keys(existing),
    });
    const extra = (await def.write?.beforeDelete?.(tx, existing, url)) ?? {};
    try {
      if (!(await def.collection(tx.db).remove(existing.id))) notFound(def.name, rawId);
    } catch (e) {
      return storeRefusal(def, e);
    }
    return { ...existing, ...extra };
  });
