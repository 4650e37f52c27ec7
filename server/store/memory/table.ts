import { compareKeys, getPath, sortKey, type SortKey } from './compare';

/** Sort fields, most significant first; the first is ascending (see Table.sortedIds). */
export type SortSpec = readonly (readonly [field: string, order: 'ASC' | 'DESC'])[];
const specName = (spec: SortSpec) => spec.map(([f, o]) => `${f} ${o}`).join(',');
const compareSpec = (spec: SortSpec, a: SortKey[], b: SortKey[]) => {
  for (let i = 0; i < spec.length; i++) {
    const c = compareKeys(a[i], b[i]);
    if (c) return spec[i][1] === 'DESC' ? -c : c;
  }
  return 0;
};

export interface TableOptions<S, P> {
  /** Stored row → the record clients see (adds derived fields). */
  materialize?: (row: S) => P;
  /** Derived fields readable by filters and sorts without materializing the whole record. */
  derived?: Record<string, (row: S) => unknown>;
  /** Changes when derived values change for every row at once (the metrics day), to drop sort caches. */
  epoch?: () => number;
  /** Lowercase text that `q` searches. */
  searchText: (row: S) => string;
}

/**
 * A collection keyed by id, with lazily built sort orders kept up to date on every write
 * (binary insertion), so a sorted page at 50,000 rows is a walk, not a sort.
 */
export class Table<S extends { id: number }, P = S> {
  readonly rows = new Map<number, S>();
  nextId = 1;
  private sorted = new Map<string, number[]>();
  private specs = new Map<string, SortSpec>();
  private sortedEpoch = 0;
  /** Rows by id in a plain array too: the query walk looks rows up 50,000 times per request. */
  private dense: (S | undefined)[] = [];
  private search: string[] | null = null;
  /** Field values by id (columns), built on first filter use: array reads beat keyed property loads. */
  private columns = new Map<string, unknown[]>();

  constructor(
    readonly name: string,
    private options: TableOptions<S, P>,
  ) {}

  get size() {
    return this.rows.size;
  }
  get(id: number): S | undefined {
    return this.dense[id];
  }
  materialize(row: S): P {
    return this.options.materialize ? this.options.materialize(row) : (row as unknown as P);
  }
  value(row: S, field: string): unknown {
    const d = this.options.derived?.[field];
    return d ? d(row) : getPath(row, field);
  }
  /** A reader of `field` by id, resolved once per query rather than once per row. */
  accessor(field: string): (id: number) => unknown {
    const d = this.options.derived?.[field];
    if (d) return (id) => d(this.dense[id]!);
    let col = this.columns.get(field);
    if (!col) {
      col = [];
      for (const row of this.rows.values()) col[row.id] = getPath(row, field);
      this.columns.set(field, col);
    }
    const c = col;
    return (id) => c[id];
  }
  key(id: number, field: string): SortKey {
    const row = this.rows.get(id);
    return row ? sortKey(this.value(row, field)) : null;
  }
  hasDerived(field: string) {
    return Boolean(this.options.derived?.[field]);
  }

  /** Inserts or replaces a row, keeping sort orders and search text current. */
  put(row: S): void {
    const existed = this.rows.has(row.id);
    if (existed) this.unindex(row.id);
    this.rows.set(row.id, row);
    this.dense[row.id] = row;
    if (row.id >= this.nextId) this.nextId = row.id + 1;
    for (const [name, ids] of this.sorted) this.insertSorted(ids, row.id, this.specs.get(name)!);
    if (this.search) this.search[row.id] = this.options.searchText(row);
    for (const [field, col] of this.columns) col[row.id] = getPath(row, field);
  }
  remove(id: number): S | undefined {
    const row = this.rows.get(id);
    if (!row) return undefined;
    this.unindex(id);
    this.rows.delete(id);
    this.dense[id] = undefined;
    if (this.search) this.search[id] = '';
    for (const col of this.columns.values()) col[id] = undefined;
    return row;
  }
  /** Loads many rows at once (seed), dropping every cache rather than maintaining it. */
  load(rows: S[]): void {
    for (const r of rows) {
      this.rows.set(r.id, r);
      this.dense[r.id] = r;
      if (r.id >= this.nextId) this.nextId = r.id + 1;
    }
    this.invalidate();
  }
  /** Called when derived values (counters) of many rows changed. */
  invalidate(): void {
    this.sorted.clear();
    this.columns.clear();
    this.search = null;
  }

  /**
   * Ids in the order of `spec` (fields, each ascending or descending), then by id ascending.
   * Orders are built once and kept current on every write; a spec and its mirror image share
   * one order (callers walk it backwards), so `spec[0]` is always ascending here.
   */
  sortedIds(spec: SortSpec): number[] {
    const epoch = this.options.epoch?.() ?? 0;
    if (epoch !== this.sortedEpoch) {
      this.sorted.clear();
      this.sortedEpoch = epoch;
    }
    const name = specName(spec);
    let ids = this.sorted.get(name);
    if (!ids) {
      const keyed = [...this.rows.values()].map((row) => ({ id: row.id, k: spec.map(([f]) => sortKey(this.value(row, f))) }));
      keyed.sort((a, b) => compareSpec(spec, a.k, b.k) || a.id - b.id);
      ids = keyed.map((x) => x.id);
      this.sorted.set(name, ids);
      this.specs.set(name, spec);
    }
    return ids;
  }

  /** Every id, ascending (kept as the order of an empty sort spec). */
  idsAscending(): number[] {
    return this.sortedIds([['id', 'ASC']]);
  }

  searchTextOf(id: number): string {
    if (!this.search) {
      this.search = [];
      for (const row of this.rows.values()) this.search[row.id] = this.options.searchText(row);
    }
    return this.search[id] ?? '';
  }

  private unindex(id: number) {
    for (const ids of this.sorted.values()) {
      const at = ids.indexOf(id);
      if (at >= 0) ids.splice(at, 1);
    }
  }
  private insertSorted(ids: number[], id: number, spec: SortSpec) {
    const keys = (of: number) => spec.map(([f]) => this.key(of, f));
    const k = keys(id);
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((compareSpec(spec, keys(ids[mid]), k) || ids[mid] - id) < 0) lo = mid + 1;
      else hi = mid;
    }
    ids.splice(lo, 0, id);
  }
}

/** Any table, for code that routes by resource name (persistence); method parameters are bivariant. */
export interface LooseTable {
  readonly name: string;
  nextId: number;
  put(row: { id: number }): void;
  remove(id: number): unknown;
}
