import DeleteIcon from '@mui/icons-material/Delete';
import { useState } from 'react';
import {
  Button,
  Confirm,
  useCanAccess,
  useDeleteMany,
  useListContext,
  useNotify,
  useUnselectAll,
} from 'react-admin';
import type { Article } from '../../schemas';

/**
 * Delete asks first, then stays undoable for a few seconds: react-admin's undoable mode hides
 * the rows at once and sends the DELETEs only when the "Undo" notification closes.
 */
export const BulkDeleteArticles = () => {
  const { selectedIds } = useListContext<Article>();
  const { canAccess } = useCanAccess({ resource: 'articles', action: 'delete' });
  const [open, setOpen] = useState(false);
  const notify = useNotify();
  const unselectAll = useUnselectAll('articles');
  const [deleteMany, { isPending }] = useDeleteMany<Article>();
  if (!canAccess) return null;
  const confirm = () => {
    setOpen(false);
    void deleteMany(
      'articles',
      { ids: selectedIds },
      {
        mutationMode: 'undoable',
        onSuccess: () => {
          notify('resources.articles.bulk.deleted', {
            type: 'info',
            undoable: true,
            messageArgs: { smart_count: selectedIds.length },
          });
          unselectAll();
        },
        onError: () => notify('ra.notification.http_error', { type: 'error' }),
      },
    );
  };
  return (
    <>
      <Button
        label="ra.action.delete"
        color="error"
        onClick={() => setOpen(true)}
        disabled={isPending}
      >
        <DeleteIcon />
      </Button>
      <Confirm
        isOpen={open}
        title="resources.articles.bulk.delete_title"
        content="resources.articles.bulk.delete_content"
        translateOptions={{ smart_count: selectedIds.length }}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
