import DeleteIcon from '@mui/icons-material/Delete';
import { useState } from 'react';
import {
  Button, Confirm, useCanAccess, useDeleteMany, useGetMany, useListContext, useNotify, useRefresh, useTranslate,
  useUnselectAll,
} from 'react-admin';
import type { Tag } from '../schemas';

/**
 * Bulk delete of the selected tags that no article uses; used ones are named as kept (the
 * server would refuse them anyway, 409 with the count).
 */
export const DeleteUnusedTagsButton = () => {
  const { selectedIds } = useListContext<Tag>();
  const { canAccess } = useCanAccess({ resource: 'tags', action: 'delete' });
  const { data: tags = [] } = useGetMany<Tag>('tags', { ids: selectedIds });
  const [open, setOpen] = useState(false);
  const [deleteMany, { isPending }] = useDeleteMany<Tag>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const unselectAll = useUnselectAll('tags');
  if (!canAccess) return null;
  const unused = tags.filter((t) => t.articleCount === 0);
  const kept = tags.length - unused.length;

  const confirm = () =>
    deleteMany(
      'tags',
      { ids: unused.map((t) => t.id) },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('resources.tags.delete_unused.done', { type: 'info', messageArgs: { smart_count: unused.length } });
          unselectAll();
          setOpen(false);
          refresh();
        },
        onError: (e) => notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' }),
      },
    );

  return (
    <>
      <Button label="resources.tags.delete_unused.button" color="error" disabled={unused.length === 0} onClick={() => setOpen(true)}>
        <DeleteIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={translate('resources.tags.delete_unused.title', { smart_count: unused.length })}
        content={
          `${translate('resources.tags.delete_unused.content', { smart_count: unused.length, names: unused.map((t) => t.name).join(', ') })}` +
          (kept ? ` ${translate('resources.tags.delete_unused.kept', { smart_count: kept })}` : '')
        }
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
