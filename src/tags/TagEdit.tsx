import { Edit } from 'react-admin';
import { TagForm } from './TagForm';

/** Pessimistic, so a 400/409 from the server lands under its field instead of being undone. */
export const TagEdit = () => (
  <Edit mutationMode="pessimistic">
    <TagForm />
  </Edit>
);
