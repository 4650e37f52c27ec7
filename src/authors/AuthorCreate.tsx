import { Create } from 'react-admin';
import { AuthorForm } from './AuthorForm';

export const AuthorCreate = () => (
  <Create redirect="list">
    <AuthorForm />
  </Create>
);
