import MergeIcon from '@mui/icons-material/MergeType';
import { useState } from 'react';
import {
  Button, useCanAccess, useGetMany, useListContext, useNotify, useRefresh, useUnselectAll,
} from 'react-admin';
import type { Tag } from '../schemas';
import { mergeTags } from './mergeTags';
import { MergeTagsDialog } from './MergeTagsDialog';

/** Bulk action: merge the selected tags (two or more) into the one picked to keep. */
export const MergeTagsButton = () => {
  const { selectedIds } = useListContext<Tag>();
  const { canAccess } = useCanAccess({ resource: 'tags', action: 'merge' });
  const { data: tags = [] } = useGetMany<Tag>('tags', { ids: selectedIds });
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('tags');
  if (!canAccess) return null;

  const confirm = async (keepId: number, mergeIds: number[]) => {
    setPending(true);
    try {
      const { changedArticles } = await mergeTags(keepId, mergeIds);
      notify('resources.tags.merge.done', { type: 'info', messageArgs: { smart_count: changedArticles } });
      setOpen(false);
      unselectAll();
    } catch (e) {
      notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
      refresh();
    }
  };

  return (
    <>
      <Button label="resources.tags.merge.button" disabled={selectedIds.length < 2 || tags.length < 2} onClick={() => setOpen(true)}>
        <MergeIcon />
      </Button>
      {open && tags.length >= 2 && (
        <MergeTagsDialog tags={tags} pending={pending} onConfirm={confirm} onClose={() => setOpen(false)} />
      )}
    </>
  );
};
