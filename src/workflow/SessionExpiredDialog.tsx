import { useSyncExternalStore } from 'react';
import { reauth } from '../providers/reauth';
import { ReauthDialog } from './ReauthDialog';

/**
 * The sign-in dialog for an expired session, over whatever page is open: mounted once in the
 * layout, it answers every request waiting on reauth. Once signed in, each of them runs again.
 */
export const SessionExpiredDialog = () => {
  const reason = useSyncExternalStore(reauth.subscribe, reauth.current);
  if (!reason) return null;
  return <ReauthDialog reason={reason} onCancel={reauth.cancelled} />;
};
