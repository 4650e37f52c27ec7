/**
 * What a store throws when the database refuses a write; the rules turn them into the
 * contract's answers (409 with the field's error, 400 for a missing reference).
 */

/** A unique key refused the write: `field` is the API field (`slug`, `email`, `date`). */
export class UniqueViolation extends Error {
  constructor(readonly field: string) {
    super(`unique violation on ${field}`);
    this.name = 'UniqueViolation';
  }
}

/**
 * A foreign key refused the write. `missing`: the row points at a record that does not exist
 * (`field` names the API field, e.g. `categoryId`). `in_use`: a delete of a record others still
 * point at.
 */
export class ReferenceViolation extends Error {
  constructor(
    readonly kind: 'missing' | 'in_use',
    readonly field: string | null,
  ) {
    super(`reference violation (${kind}) on ${field ?? 'a reference'}`);
    this.name = 'ReferenceViolation';
  }
}

/**
 * Two transactions got in each other's way (a deadlock, or a serialization failure): the
 * database aborted this one, and running it again from the start may well succeed.
 */
export class TransientConflict extends Error {
  constructor(cause?: unknown) {
    super('The transaction met a concurrent one and was aborted', { cause });
    this.name = 'TransientConflict';
  }
}

/** The database cannot be reached (the rules answer 503). */
export class StoreUnavailable extends Error {
  constructor(cause?: unknown) {
    super('The database is unavailable', { cause });
    this.name = 'StoreUnavailable';
  }
}
