import type { Author, Category, PhotoCredit, Tag } from '../../../src/schemas';
import { articlesWhere, rewriteArticles } from '../articleRewrite';
import type { Ctx } from '../context';
import { fail } from '../errors';
import { childrenOf, renumber } from './categoryTree';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

type Guarded =
  | ['categories', Category]
  | ['tags', Tag]
  | ['authors', Author]
  | ['photo-credits', PhotoCredit];

const inUseMessage = ([resource, r]: Guarded, articles: number, children: number): string => {
  if (resource === 'categories') {
    const parts = [articles && plural(articles, 'article', 'articles'), children && plural(children, 'subcategory', 'subcategories')];
    return `Cannot delete "${r.name.en}": it still has ${parts.filter(Boolean).join(' and ')}`;
  }
  if (resource === 'tags') return `Cannot delete "${r.name}": ${plural(articles, 'article is', 'articles are')} tagged with it`;
  if (resource === 'authors') return `Cannot delete "${r.name}": ${plural(articles, 'article is', 'articles are')} signed by this author`;
  return `Cannot delete this credit: ${plural(articles, 'article uses', 'articles use')} it`;
};

/**
 * What stops the delete of reference data: the articles that still use it (and, for a section,
 * its subsections). 409 `{message, reason: 'in_use' | 'has_children', articleCount,
 * subcategoryCount}`; the counts let the UI say it in the user's language. The database's
 * foreign keys refuse the same deletes if a save makes the record used meanwhile.
 *
 * Categories take `?moveArticlesTo=ID`: the articles move to that section and the section is
 * removed in the same transaction, so no article is ever left without a section.
 */
export async function guardDelete(ctx: Ctx, resource: 'categories', r: Category, url: URL): Promise<Record<string, unknown> | void>;
export async function guardDelete(ctx: Ctx, resource: 'tags', r: Tag, url: URL): Promise<void>;
export async function guardDelete(ctx: Ctx, resource: 'authors', r: Author, url: URL): Promise<void>;
export async function guardDelete(ctx: Ctx, resource: 'photo-credits', r: PhotoCredit, url: URL): Promise<void>;
export async function guardDelete(ctx: Ctx, resource: Guarded[0], r: Guarded[1], url: URL): Promise<Record<string, unknown> | void> {
  const guarded = [resource, r] as Guarded;
  const articleCount = 'usageCount' in r ? r.usageCount : r.articleCount;
  const children = resource === 'categories' ? await childrenOf(ctx.db, r.id) : [];
  const refuse = (reason: string) =>
    fail(409, inUseMessage(guarded, articleCount, children.length), { reason, articleCount, subcategoryCount: children.length });
  if (children.length) refuse('has_children');
  const moveRaw = url.searchParams.get('moveArticlesTo');
  if (resource === 'categories' && moveRaw !== null) {
    const target = Number(moveRaw);
    const dest = Number.isInteger(target) && target !== r.id ? await ctx.db.categories.get(target) : null;
    if (!dest) {
      fail(400, 'Choose another existing section for the articles', { errors: { moveArticlesTo: 'resources.categories.errors.move_target' } });
    }
    const moved = await articlesWhere(ctx, [{ field: 'categoryId', op: 'in', values: [r.id] }]);
    await rewriteArticles(ctx, moved, () => ({ categoryId: target }), ['categoryId']);
    await closeGap(ctx, r as Category);
    return { movedArticles: moved.length, movedTo: target };
  }
  if (articleCount) refuse('in_use');
  if (resource === 'categories') await closeGap(ctx, r as Category);
}

/** The section's siblings close the gap it leaves. */
const closeGap = async (ctx: Ctx, c: Category) => renumber(ctx, await childrenOf(ctx.db, c.parentId, c.id));
