/** Seeded pseudo-random numbers (mulberry32): the same seed gives the same data every run. */
export interface Rng {
  next(): number;
  int(maxExclusive: number): number;
  between(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  sample<T>(items: readonly T[], count: number): T[];
}

export const createRng = (seed: number): Rng => {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    pick: (items) => items[int(items.length)],
    chance: (p) => next() < p,
    sample: (items, count) => {
      const pool = [...items];
      const out = [];
      for (let i = 0; i < count && pool.length > 0; i++) out.push(pool.splice(int(pool.length), 1)[0]);
      return out;
    },
  };
};

/** A stateless 32-bit hash of two integers (for values derived from a key, like metric rows). */
export const hash2 = (x: number, y: number): number => {
  let h = Math.imul(x ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(y + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  h ^= h >>> 16;
  return h >>> 0;
};
/** hash2 scaled to [0, 1). */
export const unit2 = (x: number, y: number): number => hash2(x, y) / 4294967296;
