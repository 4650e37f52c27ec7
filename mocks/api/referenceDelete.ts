import { http, type HttpHandler } from 'msw';
import { nowIso } from '../clock';
import { getDb, type Db } from '../db';
import { logActivity } from './activity';
import { articlesWhere, rewriteArticles } from './articleRewrite';
import { childrenOf } from './categoryTree';
import type { WriteContext } from './endpoint';
import { fail, ok } from './http';
import { authorsDef, categoriesDef, photoCreditsDef, tagsDef } from './taxonomy';
import { authorize } from './session';

const count = (m: Map<number, number>, id: number) => m.get(id) ?? 0;

/**
 * What stops a delete, per resource: the articles that still use the record (and, for a section,
 * its subsections). The message is the resource's own (taxonomy.ts); the counts let the UI say it
 * in the user's language.
 */
const guards = {
  tags: { def: tagsDef, counter: (db: Db) => db.counters.tag },
  authors: { def: authorsDef, counter: (db: Db) => db.counters.author },
  'photo-credits': { def: photoCreditsDef, counter: (db: Db) => db.counters.credit },
  categories: { def: categoriesDef, counter: (db: Db) => db.counters.category },
};

/**
 * `DELETE /api/{resource}/{id}` for reference data still in use answers 409 with
 * `{message, reason: 'in_use' | 'has_children', articleCount, subcategoryCount}`. A free record
 * falls through to the generic delete (crud.ts).
 *
 * Categories take `?moveArticlesTo=ID`: the articles move to that section and the section is
 * removed in the same request, so no article is ever left without a section.
 */
export const referenceDeleteHandlers: HttpHandler[] = Object.entries(guards).map(([resource, { def, counter }]) =>
  http.delete(`*/api/${resource}/:id`, ({ request, params }) => {
    const who = authorize(request, resource, 'delete');
    if (who instanceof Response) return who;
    const db = getDb();
    const row = def.table(db).get(Number(params.id));
    if (!row) return undefined;
    const ctx = { db, user: who.user, now: nowIso() };
    const isCategory = resource === 'categories';
    const articleCount = count(counter(db), row.id);
    const subcategoryCount = isCategory ? childrenOf(db, row.id).length : 0;
    const moveRaw = new URL(request.url).searchParams.get('moveArticlesTo');
    // The four defs differ in row type; each is called with its own row.
    const message = (def.write?.inUse as (c: typeof ctx, r: typeof row) => string | null)(ctx, row);
    if (subcategoryCount) return fail(409, message!, { reason: 'has_children', articleCount, subcategoryCount });
    if (isCategory && moveRaw !== null) return moveAndDelete(ctx, row.id, Number(moveRaw));
    if (!articleCount) return undefined;
    return fail(409, message!, { reason: 'in_use', articleCount, subcategoryCount });
  }),
);

const moveAndDelete = (ctx: WriteContext, id: number, target: number) => {
  const { db } = ctx;
  const dest = db.categories.get(target);
  if (!dest || target === id) {
    return fail(400, 'Choose another existing section for the articles', {
      errors: { moveArticlesTo: 'resources.categories.errors.move_target' },
    });
  }
  const moved = articlesWhere(ctx, (a) => a.categoryId === id);
  rewriteArticles(ctx, moved, () => ({ categoryId: target }), ['categoryId']);
  const row = db.categories.get(id)!;
  const record = db.categories.materialize(row);
  db.remove(db.categories, id);
  // Close the gap the section leaves among its siblings.
  childrenOf(db, row.parentId).forEach((c, position) => {
    if (c.position !== position) db.put(db.categories, { ...c, position });
  });
  logActivity(ctx, { action: 'delete', resource: 'categories', recordId: id, label: row.name.en, changedFields: Object.keys(record) });
  return ok({ ...record, movedArticles: moved.length, movedTo: target });
};
