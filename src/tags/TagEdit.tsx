import { Edit, TopToolbar } from 'react-admin';
import { RecordActivityButton } from '../activity/RecordActivityButton';
import { TagForm } from './TagForm';

/** Pessimistic, so a 400/409 from the server lands under its field instead of being undone. */
export const TagEdit = () => (
  <Edit
    mutationMode="pessimistic"
    actions={
      <TopToolbar>
        <RecordActivityButton />
      </TopToolbar>
    }
  >
    <TagForm />
  </Edit>
);
