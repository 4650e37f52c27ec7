import { Edit, TopToolbar } from 'react-admin';
import { RecordActivityButton } from '../activity/RecordActivityButton';
import { ResetPasswordButton } from './ResetPasswordButton';
import { UserForm } from './UserForm';

export const UserEdit = () => (
  <Edit
    mutationMode="pessimistic"
    actions={
      <TopToolbar>
        <ResetPasswordButton />
        <RecordActivityButton />
      </TopToolbar>
    }
  >
    <UserForm />
  </Edit>
);
