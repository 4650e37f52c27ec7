import { useCallback, useState, type ReactNode } from 'react';
import { ReauthDialog } from './ReauthDialog';

const isUnauthorized = (error: unknown) => (error as { status?: number } | null)?.status === 401;

interface Pending {
  resolve: () => void;
  reject: () => void;
}

/**
 * Runs a request; on 401 it opens a sign-in dialog and, once signed in again, runs it again.
 * Cancelling rejects with the original 401. Pair it with a data provider that does not log out
 * on 401 (the raw DataProviderContext value, not useDataProvider), or react-admin would leave
 * the page, and the form with it.
 */
export const useReauthOn401 = (): {
  withReauth: <T>(request: () => Promise<T>) => Promise<T>;
  dialog: ReactNode;
} => {
  const [pending, setPending] = useState<Pending | null>(null);

  const withReauth = useCallback(async <T,>(request: () => Promise<T>): Promise<T> => {
    for (;;) {
      try {
        return await request();
      } catch (error) {
        if (!isUnauthorized(error)) throw error;
        await new Promise<void>((resolve, reject) => setPending({ resolve, reject: () => reject(error) }));
      }
    }
  }, []);

  const dialog = pending && (
    <ReauthDialog
      onSignedIn={() => {
        setPending(null);
        pending.resolve();
      }}
      onCancel={() => {
        setPending(null);
        pending.reject();
      }}
    />
  );
  return { withReauth, dialog };
};
