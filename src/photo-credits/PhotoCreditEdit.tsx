import { Edit } from 'react-admin';
import { PhotoCreditForm } from './PhotoCreditForm';

export const PhotoCreditEdit = () => (
  <Edit mutationMode="pessimistic">
    <PhotoCreditForm />
  </Edit>
);
