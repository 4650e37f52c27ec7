import { DeleteWithConfirmButton, SaveButton, Toolbar, useRecordContext } from 'react-admin';
import { useRefusedDelete } from '../tags/refusedDelete';

/**
 * Save, and Delete once there is a saved record to delete: the same form serves Create, where
 * Delete would only offer to delete nothing. A refused delete is said in the UI language.
 */
export const SaveDeleteToolbar = ({
  resource,
}: {
  resource: 'tags' | 'authors' | 'photo-credits';
}) => {
  const saved = useRecordContext()?.id != null;
  const onError = useRefusedDelete(resource);
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {saved && (
        <DeleteWithConfirmButton mutationMode="pessimistic" mutationOptions={{ onError }} />
      )}
    </Toolbar>
  );
};
