import { useEffect } from 'react';
import { useListContext } from 'react-admin';
import { whenIdle } from '../../common/whenIdle';

/**
 * Once the list's first page is on screen and the page is idle, loads the code a row click
 * opens: the edit screen and the editor (TipTap, ProseMirror), so the click waits on neither
 * the download nor the modules' evaluation. Only for those who may edit; a failed load is left
 * to the click, which asks again. `performance.mark` lets bench/versus.mjs tell these files
 * from the list's own.
 */
let prefetched = false;

export const usePrefetchEdit = (canEdit: boolean) => {
  const { isPending } = useListContext();
  useEffect(() => {
    if (isPending || !canEdit || prefetched) return;
    return whenIdle(() => {
      prefetched = true;
      performance.mark('newsdesk:prefetch-edit');
      const ignore = () => undefined;
      import('../ArticleEdit').catch(ignore);
      import('../../editor/BodyInput').catch(ignore);
    });
  }, [isPending, canEdit]);
};
