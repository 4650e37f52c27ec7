import KeyIcon from '@mui/icons-material/Key';
import { useState } from 'react';
import {
  Button,
  Confirm,
  useCanAccess,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { User } from '../schemas';
import { resetPassword } from './resetPassword';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';

export const ResetPasswordButton = () => {
  const user = useRecordContext<User>();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'reset' });
  const translate = useTranslate();
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  const [pending, setPending] = useState(false);
  const [password, setPassword] = useState<string | null>(null);
  if (!user || !canAccess) return null;

  const confirm = async () => {
    setPending(true);
    try {
      setPassword(await resetPassword(user.id));
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
      setAsking(false);
    }
  };

  return (
    <>
      <Button label="resources.users.password.reset" onClick={() => setAsking(true)}>
        <KeyIcon />
      </Button>
      <Confirm
        isOpen={asking}
        loading={pending}
        title={translate('resources.users.password.reset_title', { name: user.name })}
        content="resources.users.password.reset_content"
        onConfirm={confirm}
        onClose={() => setAsking(false)}
      />
      {password && (
        <TemporaryPasswordDialog
          email={user.email}
          password={password}
          onClose={() => setPassword(null)}
        />
      )}
    </>
  );
};
