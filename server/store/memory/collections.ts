import type { Collection, ListQuery, Page, VersionedCollection } from '../types';
import { ReferenceViolation, UniqueViolation } from '../errors';
import { runQuery, type SearchFn } from './query';
import type { Table } from './table';
import type { Tables } from './tables';

/**
 * The integrity rules a SQL database would keep, for one table of the in-memory store: unique
 * keys, references that must exist, and what a delete must respect (refused while in use) or
 * take along (cascade, set null). Each returns the API field concerned, or null.
 */
export interface Constraints<S> {
  unique?: (t: Tables, row: Omit<S, 'id'>, selfId: number | undefined) => string | null;
  missing?: (t: Tables, row: Omit<S, 'id'>, selfId: number | undefined) => string | null;
  inUse?: (t: Tables, id: number) => boolean;
  onRemove?: (t: Tables, id: number) => void;
  /** How to write a row (articles keep their counters); default Tables.put / remove. */
  put?: (t: Tables, row: S) => void;
  drop?: (t: Tables, id: number) => void;
  search?: (t: Tables) => SearchFn;
}

const check = <S>(c: Constraints<S>, t: Tables, row: Omit<S, 'id'>, selfId: number | undefined) => {
  const missing = c.missing?.(t, row, selfId);
  if (missing) throw new ReferenceViolation('missing', missing);
  const taken = c.unique?.(t, row, selfId);
  if (taken) throw new UniqueViolation(taken);
};

export const readCollection = <S extends { id: number }, P extends { id: number }>(
  tables: () => Tables,
  table: (t: Tables) => Table<S, P>,
  c: Constraints<S> = {},
) => ({
  async list(query: ListQuery): Promise<Page<P>> {
    const t = tables();
    const tb = table(t);
    const page = runQuery(tb, query, c.search?.(t));
    return { rows: page.rows.map((r) => tb.materialize(r)), total: page.total };
  },
  async get(id: number): Promise<P | null> {
    const tb = table(tables());
    const row = tb.get(id);
    return row ? tb.materialize(row) : null;
  },
});

/** An append-only or plain collection (revisions, activity, reviews). */
export const plainCollection = <S extends { id: number }, P extends { id: number }>(
  tables: () => Tables,
  table: (t: Tables) => Table<S, P>,
  c: Constraints<S> = {},
): Collection<P, Omit<S, 'id'>> => ({
  ...readCollection(tables, table, c),
  async insert(row) {
    const t = tables();
    const tb = table(t);
    check(c, t, row, undefined);
    const stored = { ...row, id: tb.nextId } as S;
    (c.put ?? ((tt, r) => tt.put(tb, r)))(t, stored);
    return tb.materialize(stored);
  },
  async remove(id) {
    const t = tables();
    const tb = table(t);
    if (!tb.get(id)) return false;
    if (c.inUse?.(t, id)) throw new ReferenceViolation('in_use', null);
    c.onRemove?.(t, id);
    (c.drop ?? ((tt, i) => tt.remove(tb, i)))(t, id);
    return true;
  },
});

/** A collection whose rows carry `version`, checked and raised by `update`. */
export const versionedCollection = <S extends { id: number; version: number }, P extends { id: number; version: number }>(
  tables: () => Tables,
  table: (t: Tables) => Table<S, P>,
  c: Constraints<S> = {},
): VersionedCollection<P, Omit<S, 'id' | 'version'>> => {
  const plain = plainCollection<S, P>(tables, table, c);
  return {
    ...plain,
    insert: (row) => plain.insert({ ...row, version: 1 } as Omit<S, 'id'>),
    async update(id, row, version) {
      const t = tables();
      const tb = table(t);
      const existing = tb.get(id);
      if (!existing || existing.version !== version) return null;
      const next = { ...row, version: version + 1 } as Omit<S, 'id'>;
      check(c, t, next, id);
      const stored = { ...next, id } as S;
      (c.put ?? ((tt, r) => tt.put(tb, r)))(t, stored);
      return tb.materialize(stored);
    },
  };
};
