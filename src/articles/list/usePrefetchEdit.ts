import { useEffect } from 'react';
import { useListContext } from 'react-admin';
import { whenIdle } from '../../common/whenIdle';
import { articles } from '../index';
import { preloadFilterInputs } from './articleFilters';
import { preloadBulkActionButtons } from './BulkActions';

/**
 * Once the list's first page is on screen and the page is idle, loads the code a click opens:
 * for those who may edit, the edit screen and the editor (TipTap, ProseMirror), so a row click
 * waits on neither the download nor the modules' evaluation, and the bulk actions; for all, the
 * filter inputs ("Add filter"). Each is preloaded (preloadable), so the click renders it at
 * once instead of suspending a tick. A failed load is left to the click, which asks again.
 * `performance.mark` lets bench/versus.mjs tell these files from the list's own.
 */
let prefetched = { filters: false, edit: false };

export const usePrefetchEdit = (canEdit: boolean) => {
  const { isPending } = useListContext();
  useEffect(() => {
    if (isPending || (prefetched.filters && (prefetched.edit || !canEdit))) return;
    return whenIdle(() => {
      performance.mark('newsdesk:prefetch-edit');
      const ignore = () => undefined;
      if (!prefetched.filters) preloadFilterInputs().catch(ignore);
      if (canEdit && !prefetched.edit) {
        articles.edit.preload().catch(ignore);
        // The form's module holds the editor's loader: imported, not bundled with the list.
        import('../../editor/LazyBodyInput').then((m) => m.preloadBodyInput()).catch(ignore);
        preloadBulkActionButtons().catch(ignore);
      }
      prefetched = { filters: true, edit: prefetched.edit || canEdit };
    });
  }, [isPending, canEdit]);
};
