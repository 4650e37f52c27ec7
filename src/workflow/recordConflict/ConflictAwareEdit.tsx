import { useMemo, useState } from 'react';
import { Edit, useNotify, type EditProps, type RaRecord } from 'react-admin';
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
        {children}
      </Edit>
    </RecordConflictContext.Provider>
  );
};
