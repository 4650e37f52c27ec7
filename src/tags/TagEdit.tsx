import { TopToolbar } from 'react-admin';
import { ConflictAwareEdit } from '../workflow/recordConflict';
import { RecordActivityButton } from '../activity/RecordActivityButton';
import { TagForm } from './TagForm';

/** Pessimistic, so a 400/409 from the server lands under its field instead of being undone. */
export const TagEdit = () => (
  <ConflictAwareEdit
    actions={
      <TopToolbar>
        <RecordActivityButton />
      </TopToolbar>
    }
  >
    <TagForm />
  </ConflictAwareEdit>
);
