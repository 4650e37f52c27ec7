import type { FieldErrors } from './validate';

/**
 * An answer other than success, thrown by a rule and turned into the contract's JSON error
 * `{message, …extra}` by the app. `errors` maps fields to message keys (the form shows them
 * under the fields); other keys (`record`, `missing`, `reason`, counts) go into the body as is.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get body(): Record<string, unknown> {
    return { message: this.message, ...this.extra };
  }
}

export const fail = (status: number, message: string, extra: Record<string, unknown> = {}): never => {
  throw new ApiError(status, message, extra);
};

/** 400 with field errors. */
export const invalid = (message: string, errors: FieldErrors, extra: Record<string, unknown> = {}): never =>
  fail(400, message, { errors, ...extra });

export const notFound = (resource: string, id: unknown): never => fail(404, `No ${resource} record with id ${String(id)}`);
