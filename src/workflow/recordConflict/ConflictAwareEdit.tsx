import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Edit, SaveContextProvider, useNotify, useSaveContext, type EditProps, type RaRecord } from 'react-admin';
import { RecordConflictContext } from './conflictContext';

interface SaveError {
  status?: number;
  message?: string;
  body?: { record?: RaRecord; errors?: Record<string, unknown> };
}

/**
 * <Edit> for the small resources (tags, sections, authors, photo credits, users): pessimistic,
 * and a save refused because someone else saved first (409 with the current record) opens the
 * conflict dialog (<RecordConflictDialog/> in the form) instead of overwriting anything. Other
 * failures behave as react-admin's: field errors under their fields, the rest as a notification.
 */
/** A refetch on focus would replace the record under an editor who has not saved yet. */
const queryOptions = { refetchOnWindowFocus: false, refetchOnReconnect: false } as const;

export const ConflictAwareEdit = ({ children, ...props }: EditProps) => {
  const [theirs, setTheirs] = useState<RaRecord | null>(null);
  const notify = useNotify();
  const onError = (error: unknown) => {
    const e = error as SaveError;
    if (e?.status === 409 && e.body?.record) {
      setTheirs(e.body.record);
      return;
    }
    // Field errors are shown under their fields by the form itself.
    if (e?.body?.errors && Object.keys(e.body.errors).length) return;
    notify(e?.message || 'ra.notification.http_error', { type: 'error' });
  };
  const value = useMemo(() => ({ theirs, clear: () => setTheirs(null) }), [theirs]);
  return (
    <RecordConflictContext.Provider value={value}>
      <Edit
        mutationMode="pessimistic"
        mutationOptions={{ onError }}
        queryOptions={queryOptions}
        {...props}
      >
        <ConflictSave>{children}</ConflictSave>
      </Edit>
    </RecordConflictContext.Provider>
  );
};

/**
 * The stale answer carries `errors.version` (the contract's 409), which react-admin would hand
 * the form as a field error no input shows ("the form is invalid"): the conflict dialog speaks
 * for it instead.
 */
const ConflictSave = ({ children }: { children: ReactNode }) => {
  const context = useSaveContext();
  const original = context.save;
  const save = useCallback<NonNullable<typeof original>>(
    async (...args) => {
      const errors = await original?.(...args);
      return errors && Object.keys(errors).every((field) => field === 'version') ? undefined : errors;
    },
    [original],
  );
  const value = useMemo(() => ({ ...context, save }), [context, save]);
  return <SaveContextProvider value={value}>{children}</SaveContextProvider>;
};
