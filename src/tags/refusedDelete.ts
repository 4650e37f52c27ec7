import { HttpError, useNotify } from 'react-admin';

interface RefusalBody {
  reason?: 'in_use' | 'has_children';
  articleCount?: number;
  subcategoryCount?: number;
}

/**
 * onError for deletes of reference data: the server's 409 carries the counts, so the refusal
 * is said in the UI language ("Still used by 14 articles") rather than in the server's English.
 */
export const useRefusedDelete = (resource: string) => {
  const notify = useNotify();
  return (error: unknown) => {
    const body = (error instanceof HttpError ? error.body : undefined) as RefusalBody | undefined;
    if (error instanceof HttpError && error.status === 409 && body?.reason) {
      const key = body.reason === 'has_children' ? 'has_children' : 'in_use';
      notify(`resources.${resource}.delete_refused.${key}`, {
        type: 'error',
        messageArgs: { smart_count: body.reason === 'has_children' ? body.subcategoryCount : body.articleCount },
      });
      return;
    }
    notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
  };
};
