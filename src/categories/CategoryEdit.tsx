import { Edit, TopToolbar } from 'react-admin';
import { RecordActivityButton } from '../activity/RecordActivityButton';
import { CategoryForm } from './CategoryForm';

export const CategoryEdit = () => (
  <Edit
    mutationMode="pessimistic"
    actions={
      <TopToolbar>
        <RecordActivityButton />
      </TopToolbar>
    }
  >
    <CategoryForm />
  </Edit>
);
