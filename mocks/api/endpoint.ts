import type { User, WritableResource } from '../../src/schemas';
import type { Db } from '../db';
import type { CustomFilters } from '../db/query';
import type { Table } from '../db/table';
import type { FieldErrors } from './validate';

/**
 * What a write rule may answer instead of going on: field errors (400), a step the role may
 * never take (403) or a conflict (409); `extra` adds keys to the JSON body (e.g. `missing`).
 */
export interface Refusal {
  status: 400 | 403 | 409;
  message: string;
  errors?: FieldErrors;
  extra?: Record<string, unknown>;
}
export interface WriteContext {
  db: Db;
  user: User;
  now: string;
}
export type Input = Record<string, unknown>;

/**
 * A resource of the contract, described once; crud.ts turns it into handlers. Rules receive the
 * input already validated by the resource's zod schema.
 */
export interface ResourceDef<S extends { id: number }, P> {
  name: string;
  table: (db: Db) => Table<S, P>;
  defaultSort?: [string, 'ASC' | 'DESC'];
  filters?: (db: Db) => CustomFilters;
  label: (row: S) => string;
  write?: {
    schema: WritableResource;
    /** Records carry `version` (optimistic locking). */
    versioned?: boolean;
    check?: (ctx: WriteContext, input: Input, existing: S | undefined) => Refusal | null;
    toRow: (ctx: WriteContext, input: Input, existing: S | undefined, id: number) => S;
    save?: (ctx: WriteContext, row: S) => void;
    inUse?: (ctx: WriteContext, row: S) => string | null;
    drop?: (ctx: WriteContext, id: number) => void;
    /** After a successful create/update (revisions); may add fields to the response. */
    after?: (ctx: WriteContext, row: S, created: boolean) => Promise<Input | void> | Input | void;
  };
}

/** Audit fields the server owns, for a new row or an update of `existing`. */
export const audit = (ctx: WriteContext, existing: { createdAt: string; createdBy: number | null } | undefined) => ({
  createdAt: existing?.createdAt ?? ctx.now,
  createdBy: existing ? existing.createdBy : ctx.user.id,
  updatedAt: ctx.now,
  updatedBy: ctx.user.id,
});

export const refuse = (
  status: Refusal['status'],
  message: string,
  errors?: FieldErrors,
  extra?: Record<string, unknown>,
): Refusal => ({ status, message, errors, extra });
