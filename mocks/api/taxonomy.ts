import {
  msg,
  type Author,
  type Category,
  type CategoryInput,
  type PhotoCredit,
  type Tag,
} from '../../src/schemas';
import { childrenOf, placeCategory, placementRefusal } from './categoryTree';
import type { StoredAuthor, StoredCategory, StoredPhotoCredit, StoredTag } from '../db/types';
import { audit, refuse, type Input, type ResourceDef, type WriteContext } from './endpoint';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const slugTaken = (
  rows: Iterable<{ id: number; slug: string }>,
  slug: string,
  selfId: number | undefined,
) => {
  for (const r of rows) if (r.slug === slug && r.id !== selfId) return true;
  return false;
};

const plain = <S>(
  ctx: WriteContext,
  input: Input,
  existing: (S & { createdAt: string; createdBy: number | null }) | undefined,
  id: number,
) => ({ ...input, id, ...audit(ctx, existing) }) as S;

export const categoriesDef: ResourceDef<StoredCategory, Category> = {
  name: 'categories',
  table: (db) => db.categories,
  label: (c) => c.name.en,
  write: {
    schema: 'categories',
    check: ({ db }, input, existing) => {
      const c = input as CategoryInput;
      const placement = placementRefusal(db, c.parentId, existing?.id);
      if (placement) return placement;
      if (slugTaken(db.categories.rows.values(), c.slug, existing?.id)) {
        return refuse(409, `The slug "${c.slug}" is already used`, { slug: msg.slugTaken });
      }
      return null;
    },
    toRow: (ctx, input, existing, id) => {
      const row = plain<StoredCategory>(ctx, input, existing, id);
      // Clamped here so the response carries the position the row really takes.
      return {
        ...row,
        position: Math.min(row.position, childrenOf(ctx.db, row.parentId, id).length),
      };
    },
    save: placeCategory,
    inUse: ({ db }, c) => {
      const articles = db.counters.category.get(c.id) ?? 0;
      const children = [...db.categories.rows.values()].filter((x) => x.parentId === c.id).length;
      if (!articles && !children) return null;
      const parts = [
        articles && plural(articles, 'article', 'articles'),
        children && plural(children, 'subcategory', 'subcategories'),
      ];
      return `Cannot delete "${c.name.en}": it still has ${parts.filter(Boolean).join(' and ')}`;
    },
  },
};

export const tagsDef: ResourceDef<StoredTag, Tag> = {
  name: 'tags',
  table: (db) => db.tags,
  label: (t) => t.name,
  write: {
    schema: 'tags',
    check: ({ db }, input, existing) =>
      slugTaken(db.tags.rows.values(), String(input.slug), existing?.id)
        ? refuse(409, `The slug "${String(input.slug)}" is already used`, { slug: msg.slugTaken })
        : null,
    toRow: plain,
    inUse: ({ db }, t) => {
      const n = db.counters.tag.get(t.id) ?? 0;
      return n
        ? `Cannot delete "${t.name}": ${plural(n, 'article is', 'articles are')} tagged with it`
        : null;
    },
  },
};

export const authorsDef: ResourceDef<StoredAuthor, Author> = {
  name: 'authors',
  table: (db) => db.authors,
  label: (a) => a.name,
  write: {
    schema: 'authors',
    toRow: plain,
    inUse: ({ db }, a) => {
      const n = db.counters.author.get(a.id) ?? 0;
      return n
        ? `Cannot delete "${a.name}": ${plural(n, 'article is', 'articles are')} signed by this author`
        : null;
    },
  },
};

export const photoCreditsDef: ResourceDef<StoredPhotoCredit, PhotoCredit> = {
  name: 'photo-credits',
  table: (db) => db.photoCredits,
  label: (c) => (c.agency ? `${c.photographer} / ${c.agency}` : c.photographer),
  write: {
    schema: 'photo-credits',
    toRow: plain,
    inUse: ({ db }, c) => {
      const n = db.counters.credit.get(c.id) ?? 0;
      return n
        ? `Cannot delete this credit: ${plural(n, 'article uses', 'articles use')} it`
        : null;
    },
  },
};
