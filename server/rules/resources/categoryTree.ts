import { msg, type Category } from '../../../src/schemas';
import type { CategoryRow, Db } from '../../store/types';
import { logActivity } from '../activity';
import type { Ctx } from '../context';
import { stale } from '../crud';
import { fail } from '../errors';

/**
 * The site has two levels of sections (News → Local): a top-level section, or a subsection of
 * one. Deeper trees have no place in the site's navigation, so the server refuses them.
 */
export const MAX_DEPTH = 2;

export const categoryErrors = {
  cycle: 'resources.categories.errors.cycle',
  depth: 'resources.categories.errors.depth',
} as const;

export const childrenOf = async (db: Db, parentId: number | null, exceptId?: number): Promise<Category[]> =>
  (
    await db.categories.list({
      where: [{ field: 'parentId', op: 'in', values: [parentId] }],
      sort: [['position', 'ASC'], ['id', 'ASC']],
      range: null,
    })
  ).rows.filter((c) => c.id !== exceptId);

/** Refuses (400 under `parentId`) placing `selfId` (undefined when new) under `parentId`. */
export const checkPlacement = async (db: Db, parentId: number | null, selfId: number | undefined): Promise<void> => {
  if (parentId === null) return;
  const bad = (message: string, key: string) => fail(400, message, { errors: { parentId: key } });
  const parent = await db.categories.get(parentId);
  if (parentId === selfId) bad('A section cannot be placed under itself or one of its subsections', categoryErrors.cycle);
  if (!parent) return bad('The parent section does not exist', msg.invalid);
  if (parent.parentId !== null && parent.parentId === selfId) {
    bad('A section cannot be placed under itself or one of its subsections', categoryErrors.cycle);
  }
  const parentDepth = parent.parentId === null ? 1 : 2;
  const ownHeight = selfId !== undefined && (await childrenOf(db, selfId)).length > 0 ? 2 : 1;
  if (parentDepth + ownHeight > MAX_DEPTH) {
    bad(`Sections have at most ${MAX_DEPTH} levels: a section with subsections stays at the top`, categoryErrors.depth);
  }
};

/** Gives each listed section its index as position, saving (and logging) the ones that moved. */
export const renumber = async (ctx: Ctx, list: Category[]): Promise<void> => {
  for (const [position, c] of list.entries()) {
    if (c.position === position) continue;
    const { id, version, articleCount: _count, ...row } = c;
    const saved = await ctx.db.categories.update(id, { ...row, position }, version);
    if (!saved) stale(await ctx.db.categories.get(id));
    await logActivity(ctx, { action: 'update', resource: 'categories', recordId: id, label: c.name.en, changedFields: ['position'] });
  }
};

/**
 * Stores `row` at index `row.position` among its new siblings (clamped: a large position means
 * "last") and renumbers both the old and the new sibling lists 0..n-1, so reorders stay one
 * request and positions never collide.
 */
export const placeCategory = async (ctx: Ctx, row: CategoryRow, existing: Category | undefined): Promise<Category | null> => {
  const siblings = await childrenOf(ctx.db, row.parentId, existing?.id);
  const position = Math.min(Math.max(0, row.position), siblings.length);
  const placed = { ...row, position };
  const saved = existing ? await ctx.db.categories.update(existing.id, placed, existing.version) : await ctx.db.categories.insert(placed);
  if (!saved) return null;
  const after = [...siblings];
  after.splice(position, 0, saved);
  await renumber(ctx, after);
  if (existing && existing.parentId !== row.parentId) await renumber(ctx, await childrenOf(ctx.db, existing.parentId, saved.id));
  return (await ctx.db.categories.get(saved.id)) ?? saved;
};
