import { Edit } from 'react-admin';
import { AuthorForm } from './AuthorForm';

export const AuthorEdit = () => (
  <Edit mutationMode="pessimistic">
    <AuthorForm />
  </Edit>
);
