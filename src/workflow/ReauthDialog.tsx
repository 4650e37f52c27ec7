import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useState, type FormEvent } from 'react';
import { useAuthProvider, useTranslate } from 'react-admin';
import { CredentialFields } from '../common/CredentialFields';
import { SignInError } from '../common/SignInError';
import { SignInThrottled } from '../providers/signInErrors';
import type { ReauthReason } from '../providers/reauth';
import { session } from '../providers/session';

interface Props {
  /** 'save': a save waits and goes through once signed in; 'page': the open page carries on. */
  reason: ReauthReason;
  onCancel: () => void;
}

/**
 * Signs in again over the open page (a form stays mounted underneath, with every value).
 * It calls authProvider.login directly: react-admin's useLogin would navigate away. The email
 * is the session's own: signing in as someone else would save their draft under another name.
 */
export const ReauthDialog = ({ reason, onCancel }: Props) => {
  const translate = useTranslate();
  const authProvider = useAuthProvider();
  const [sessionEmail] = useState(() => session.get()?.user.email ?? '');
  const [email, setEmail] = useState(sessionEmail);
  const [password, setPassword] = useState('');
  const [failed, setFailed] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    // The dialog's form sits in a portal but React bubbles its submit to the article form.
    event.preventDefault();
    event.stopPropagation();
    setBusy(true);
    try {
      // A successful login releases every request waiting on reauth, which closes this dialog.
      await authProvider?.login({ email, password });
    } catch (e) {
      setFailed(e);
      setBusy(false);
    }
  };

  return (
    <Dialog open onClose={onCancel} aria-labelledby="nd-reauth-title">
      <form onSubmit={submit}>
        <DialogTitle id="nd-reauth-title">{translate('nd.workflow.reauth.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            {translate(
              reason === 'save' ? 'nd.workflow.reauth.intro' : 'nd.workflow.reauth.introPage',
            )}
          </DialogContentText>
          {failed !== null && (
            <Alert severity="error" role="alert" sx={{ mb: 2 }}>
              {failed instanceof SignInThrottled ||
              (failed instanceof Error && failed.message === 'nd.auth.account_inactive') ? (
                <SignInError error={failed} fallback="nd.workflow.reauth.failed" />
              ) : (
                translate('nd.workflow.reauth.failed')
              )}
            </Alert>
          )}
          <CredentialFields
            email={email}
            password={password}
            onEmail={setEmail}
            onPassword={setPassword}
            emailReadOnly={!!sessionEmail}
            focusPassword
            margin="dense"
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>{translate('nd.workflow.reauth.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {translate(
              reason === 'save' ? 'nd.workflow.reauth.submit' : 'nd.workflow.reauth.submitPage',
            )}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
