import { TopToolbar } from 'react-admin';
import { ConflictAwareEdit } from '../workflow/recordConflict';
import { RecordActivityButton } from '../activity/RecordActivityButton';
import { CategoryForm } from './CategoryForm';

export const CategoryEdit = () => (
  <ConflictAwareEdit
    actions={
      <TopToolbar>
        <RecordActivityButton />
      </TopToolbar>
    }
  >
    <CategoryForm />
  </ConflictAwareEdit>
);
