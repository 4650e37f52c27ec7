import { msg, type Author, type Category, type CategoryInput, type PhotoCredit, type Tag } from '../../../src/schemas';
import type { AuthorRow, CategoryRow, PhotoCreditRow, TagRow } from '../../store/types';
import { plainRow } from '../audit';
import { defineResource } from '../resource';
import { checkPlacement, placeCategory } from './categoryTree';
import { guardDelete } from './referenceDelete';

export const categories = defineResource<Category, CategoryRow>({
  name: 'categories',
  collection: (db) => db.categories,
  defaultSort: ['id', 'ASC'],
  label: (c) => c.name.en,
  write: {
    schema: 'categories',
    slugSource: (body) => (body.name as { en?: unknown } | undefined)?.en,
    conflicts: { slug: msg.slugTaken },
    check: (ctx, input, existing) => checkPlacement(ctx.db, (input as CategoryInput).parentId, existing?.id),
    toRow: plainRow,
    save: placeCategory,
    beforeDelete: (ctx, c, url) => guardDelete(ctx, 'categories', c, url),
  },
});

export const tags = defineResource<Tag, TagRow>({
  name: 'tags',
  collection: (db) => db.tags,
  defaultSort: ['id', 'ASC'],
  label: (t) => t.name,
  write: {
    schema: 'tags',
    slugSource: (body) => body.name,
    conflicts: { slug: msg.slugTaken },
    toRow: plainRow,
    beforeDelete: (ctx, t, url) => guardDelete(ctx, 'tags', t, url),
  },
});

export const authors = defineResource<Author, AuthorRow>({
  name: 'authors',
  collection: (db) => db.authors,
  defaultSort: ['id', 'ASC'],
  label: (a) => a.name,
  write: {
    schema: 'authors',
    toRow: plainRow,
    beforeDelete: (ctx, a, url) => guardDelete(ctx, 'authors', a, url),
  },
});

export const photoCredits = defineResource<PhotoCredit, PhotoCreditRow>({
  name: 'photo-credits',
  collection: (db) => db.photoCredits,
  defaultSort: ['id', 'ASC'],
  label: (c) => (c.agency ? `${c.photographer} / ${c.agency}` : c.photographer),
  write: {
    schema: 'photo-credits',
    toRow: plainRow,
    beforeDelete: (ctx, c, url) => guardDelete(ctx, 'photo-credits', c, url),
  },
});
