import { useState } from 'react';
import { useListContext } from 'react-admin';
import { lazyPart } from '../../common/lazyPart';

/** The buttons and what they need (dialogs, tag picker, bulk update) load with a first selection. */
const BulkActionButtons = lazyPart(() =>
  import('./BulkActionButtons').then((m) => m.BulkActionButtons),
);
export const preloadBulkActionButtons = BulkActionButtons.preload;

/**
 * React-admin renders the bulk actions toolbar, collapsed, under every list; its buttons are
 * rendered from the first selection on (and kept while the toolbar folds away again).
 */
export const BulkActions = () => {
  const { selectedIds } = useListContext();
  const [shown, setShown] = useState(false);
  if (selectedIds.length > 0 && !shown) setShown(true);
  return shown ? <BulkActionButtons /> : null;
};
