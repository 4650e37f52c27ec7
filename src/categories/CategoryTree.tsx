import List from '@mui/material/List';
import { useCanAccess, useListContext, useNotify, useRefresh, useTranslate, useUpdate } from 'react-admin';
import { useMemo, useRef, useState } from 'react';
import type { Category } from '../schemas';
import { CategoryRow } from './CategoryRow';
import { buildTree, moveTarget, type Move } from './tree';

/**
 * The sections as the site shows them: top-level sections with their subsections indented under
 * them, in the site's order. Admins reorder and re-parent with the buttons of each row; every
 * move is one request, and the server refuses what the site cannot show (see categoryTree.ts).
 */
export const CategoryTree = () => {
  const { data, isPending } = useListContext<Category>();
  const { canAccess: canEditRaw } = useCanAccess({ resource: 'categories', action: 'edit' });
  const canEdit = canEditRaw === true;
  const tree = useMemo(() => buildTree(data ?? []), [data]);
  const [update] = useUpdate<Category>();
  const refresh = useRefresh();
  const notify = useNotify();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);

  const onMove = (category: Category, move: Move) => {
    const target = moveTarget(tree, category, move);
    if (!target) return;
    setBusy(true);
    update(
      'categories',
      { id: category.id, data: target, previousData: category },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify('resources.categories.tree.moved', { type: 'info' }),
        onError: (e) => notify(e instanceof Error ? e.message : 'ra.notification.http_error', { type: 'error' }),
        onSettled: () => {
          refresh();
          setBusy(false);
          // Keep the keyboard where it was: the same button of the moved row, else its name.
          requestAnimationFrame(() => {
            const root = listRef.current;
            const same = root?.querySelector<HTMLButtonElement>(`[data-move="${category.id}-${move}"]:not(:disabled)`);
            (same ?? root?.querySelector<HTMLElement>(`[data-category="${category.id}"]`))?.focus();
          });
        },
      },
    );
  };

  if (isPending) return null;
  if (!tree.length) return <p style={{ padding: 16 }}>{translate('ra.navigation.no_results')}</p>;
  return (
    <List ref={listRef} aria-label={translate('resources.categories.tree.label')} dense>
      {tree.map((node) => (
        <CategoryRow key={node.category.id} category={node.category} level={1} canEdit={canEdit} tree={tree} busy={busy} onMove={onMove}>
          {node.children.map((child) => (
            <CategoryRow key={child.id} category={child} level={2} canEdit={canEdit} tree={tree} busy={busy} onMove={onMove} />
          ))}
        </CategoryRow>
      ))}
    </List>
  );
};
