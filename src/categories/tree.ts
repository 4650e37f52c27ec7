import type { Category } from '../schemas';

export interface TreeNode {
  category: Category;
  children: Category[];
}

const byPosition = (a: Category, b: Category) => a.position - b.position || a.id - b.id;

/**
 * Sections as the site's two-level tree. A subsection whose parent is not among `rows` (a search
 * matched it alone) is listed at the top, so it never disappears from a filtered view.
 */
export const buildTree = (rows: Category[]): TreeNode[] => {
  const ids = new Set(rows.map((c) => c.id));
  const roots = rows.filter((c) => c.parentId === null || !ids.has(c.parentId)).sort(byPosition);
  return roots.map((category) => ({
    category,
    children: rows.filter((c) => c.parentId === category.id).sort(byPosition),
  }));
};

export type Move = 'up' | 'down' | 'indent' | 'outdent';

/**
 * The one update a move asks of the server ({parentId, position}), or null when the move is not
 * possible here: up/down swap with a sibling; indent puts a childless top-level section last under
 * the section above it; outdent lifts a subsection to the top level, just after its parent.
 */
export const moveTarget = (
  tree: TreeNode[],
  category: Category,
  move: Move,
): Pick<Category, 'parentId' | 'position'> | null => {
  const rootIndex = tree.findIndex((n) => n.category.id === category.id);
  const isRoot = rootIndex >= 0;
  const parentNode = isRoot ? undefined : tree.find((n) => n.category.id === category.parentId);
  const siblings = isRoot ? tree.map((n) => n.category) : (parentNode?.children ?? []);
  const index = siblings.findIndex((c) => c.id === category.id);
  switch (move) {
    case 'up':
      return index > 0 ? { parentId: category.parentId, position: index - 1 } : null;
    case 'down':
      return index >= 0 && index < siblings.length - 1 ? { parentId: category.parentId, position: index + 1 } : null;
    case 'indent': {
      if (!isRoot || rootIndex === 0 || tree[rootIndex].children.length > 0) return null;
      const above = tree[rootIndex - 1];
      return { parentId: above.category.id, position: above.children.length };
    }
    case 'outdent': {
      if (isRoot || !parentNode) return null;
      return { parentId: null, position: tree.indexOf(parentNode) + 1 };
    }
  }
};
