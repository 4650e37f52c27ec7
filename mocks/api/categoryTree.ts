import { msg } from '../../src/schemas';
import type { Db } from '../db';
import type { StoredCategory } from '../db/types';
import { logActivity } from './activity';
import type { Refusal, WriteContext } from './endpoint';

/**
 * The site has two levels of sections (News → Local): a top-level section, or a subsection of
 * one. Deeper trees have no place in the site's navigation, so the server refuses them.
 */
export const MAX_DEPTH = 2;

export const categoryErrors = {
  cycle: 'resources.categories.errors.cycle',
  depth: 'resources.categories.errors.depth',
} as const;

export const childrenOf = (db: Db, parentId: number | null, exceptId?: number): StoredCategory[] =>
  [...db.categories.rows.values()]
    .filter((c) => c.parentId === parentId && c.id !== exceptId)
    .sort((a, b) => a.position - b.position || a.id - b.id);

/** Why `selfId` (undefined when new) may not sit under `parentId`, or null. */
export const placementRefusal = (db: Db, parentId: number | null, selfId: number | undefined): Refusal | null => {
  if (parentId === null) return null;
  const bad = (message: string, key: string): Refusal => ({ status: 400, message, errors: { parentId: key } });
  for (let p: number | null = parentId; p !== null; ) {
    if (p === selfId) return bad('A section cannot be placed under itself or one of its subsections', categoryErrors.cycle);
    const parent = db.categories.get(p);
    if (!parent) return bad('The parent section does not exist', msg.invalid);
    p = parent.parentId;
  }
  const parentDepth = db.categories.get(parentId)!.parentId === null ? 1 : 2;
  const ownHeight = selfId !== undefined && childrenOf(db, selfId).length > 0 ? 2 : 1;
  if (parentDepth + ownHeight > MAX_DEPTH) {
    return bad(`Sections have at most ${MAX_DEPTH} levels: a section with subsections stays at the top`, categoryErrors.depth);
  }
  return null;
};

/**
 * Stores `row` at index `row.position` among its new siblings (clamped: a large position means
 * "last") and renumbers both the old and the new sibling lists 0..n-1, logging every sibling
 * whose position changed, so reorders stay one request and positions never collide.
 */
export const placeCategory = (ctx: WriteContext, row: StoredCategory): void => {
  const { db } = ctx;
  const old = db.categories.get(row.id);
  const siblings = childrenOf(db, row.parentId, row.id);
  const at = Math.min(Math.max(0, row.position), siblings.length);
  siblings.splice(at, 0, row);
  const renumber = (list: StoredCategory[]) =>
    list.forEach((c, position) => {
      if (c.id === row.id) {
        db.put(db.categories, { ...row, position });
      } else if (c.position !== position) {
        db.put(db.categories, { ...c, position });
        logActivity(ctx, { action: 'update', resource: 'categories', recordId: c.id, label: c.name.en, changedFields: ['position'] });
      }
    });
  renumber(siblings);
  if (old && old.parentId !== row.parentId) renumber(childrenOf(db, old.parentId, row.id));
};
