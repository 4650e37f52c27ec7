import { Create } from 'react-admin';
import { PhotoCreditForm } from './PhotoCreditForm';

export const PhotoCreditCreate = () => (
  <Create redirect="list">
    <PhotoCreditForm />
  </Create>
);
