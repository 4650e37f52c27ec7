import { Edit } from 'react-admin';
import { CategoryForm } from './CategoryForm';

export const CategoryEdit = () => (
  <Edit mutationMode="pessimistic">
    <CategoryForm />
  </Edit>
);
