import type { WritableResource } from '../../src/schemas';
import type { Collection, Condition, Db, Order, VersionedCollection } from '../store/types';
import type { Ctx, Deps } from './context';
import type { ListResource } from './fields';

export type Input = Record<string, unknown>;
type AnyRecord = { id: number } & Record<string, unknown>;

/**
 * A resource of the contract, described once; crud.ts turns it into the five operations.
 * Rules receive the input already validated by the resource's zod schema.
 */
export interface ResourceDef<R extends AnyRecord = AnyRecord, W = unknown> {
  name: ListResource & string;
  collection: (db: Db) => Collection<R, W> | VersionedCollection<R & { version: number }, W>;
  defaultSort: [string, Order];
  /** A short human label for the activity log. */
  label: (r: R) => string;
  /** Filter keys the rules turn into conditions themselves (`section`). */
  customFilters?: Record<string, (ctx: Ctx, value: unknown) => Promise<Condition[]>>;
  write?: WriteRules<R, W>;
}

export interface WriteRules<R, W> {
  schema: WritableResource;
  /** The text a create without a slug gets its slug from (title, name). */
  slugSource?: (body: Input) => unknown;
  /** Message keys for unique keys the database refused, by field. */
  conflicts?: Record<string, string>;
  /** Further checks before writing; throws ApiError to refuse. */
  check?: (ctx: Ctx, input: Input, existing: R | undefined) => Promise<void>;
  /**
   * Work on the request's own fields that needs no database (sanitising HTML), done before the
   * transaction begins: jsdom then holds no row lock, and on PGlite no other request waits on it.
   */
  prepare?: (deps: Deps, body: Input) => Input;
  toRow: (ctx: Ctx, input: Input, existing: R | undefined) => W;
  /** Writes the row when a plain insert or update is not enough (a section's place among its siblings). */
  save?: (ctx: Ctx, row: W, existing: R | undefined) => Promise<R | null>;
  /**
   * Refuses a delete (ApiError) or makes the changes it needs first (unlinking translations,
   * moving a section's articles); may add fields to the answer.
   */
  beforeDelete?: (ctx: Ctx, record: R, url: URL) => Promise<Input | void>;
  /** After a successful create or update (revisions, passwords); may add fields to the answer. */
  after?: (ctx: Ctx, record: R, created: boolean) => Promise<Input | void>;
}

export const defineResource = <R extends AnyRecord, W>(def: ResourceDef<R, W>) => def as unknown as ResourceDef;
