import { useState } from 'react';
import { Create, useRedirect } from 'react-admin';
import type { User } from '../schemas';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';
import { UserForm } from './UserForm';

type Created = User & { temporaryPassword?: string };

/** After creating, the new account's temporary password is shown once, then the list. */
export const UserCreate = () => {
  const [created, setCreated] = useState<Created | null>(null);
  const redirect = useRedirect();
  return (
    <>
      <Create<Created> mutationOptions={{ onSuccess: (data) => setCreated(data) }}>
        <UserForm />
      </Create>
      {created?.temporaryPassword && (
        <TemporaryPasswordDialog
          email={created.email}
          password={created.temporaryPassword}
          onClose={() => {
            setCreated(null);
            redirect('list', 'users');
          }}
        />
      )}
    </>
  );
};
