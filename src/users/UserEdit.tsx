import { TopToolbar } from 'react-admin';
import { ConflictAwareEdit } from '../workflow/recordConflict';
import { RecordActivityButton } from '../activity/RecordActivityButton';
import { ResetPasswordButton } from './ResetPasswordButton';
import { UserForm } from './UserForm';

export const UserEdit = () => (
  <ConflictAwareEdit
    actions={
      <TopToolbar>
        <ResetPasswordButton />
        <RecordActivityButton />
      </TopToolbar>
    }
  >
    <UserForm />
  </ConflictAwareEdit>
);
