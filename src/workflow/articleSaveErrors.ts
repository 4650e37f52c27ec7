import { HttpError } from 'react-admin';
import { UNREACHABLE } from '../providers/httpClient';

type Body = { message?: string; errors?: Record<string, string>; record?: Record<string, unknown> };

/** What a failed save was, for the save provider to act on. */
export type SaveFailure =
  | { kind: 'conflict'; theirs: Record<string, unknown> }
  | { kind: 'invalid'; status: number; message: string; errors: Record<string, string> }
  | { kind: 'unreachable' }
  | { kind: 'failed'; reason: string };

export const classifySaveError = (error: unknown): SaveFailure => {
  const status = (error as { status?: number } | null)?.status;
  const body = (error instanceof HttpError ? error.body : undefined) as Body | undefined;
  if (status === 409 && body?.record) return { kind: 'conflict', theirs: body.record };
  if (body?.errors && Object.keys(body.errors).length && status && status < 500) {
    return { kind: 'invalid', status, message: (error as Error).message, errors: body.errors };
  }
  if ((status && [502, 503, 504].includes(status)) || (error instanceof Error && error.message === UNREACHABLE)) {
    return { kind: 'unreachable' };
  }
  const reason = status ? `HTTP ${status}` : error instanceof Error ? error.message : String(error);
  return { kind: 'failed', reason };
};

/**
 * Returned to react-admin's form so the submit counts as failed: react-hook-form then keeps
 * `isSubmitSuccessful` false and the leave guard (warnWhenUnsavedChanges) stays on. Root
 * errors are cleared by the next submit.
 */
export const failedSubmit = (message: string) => ({ root: { serverError: message } });
