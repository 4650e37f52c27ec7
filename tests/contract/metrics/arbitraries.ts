import fc from 'fast-check';
import { DAY_MS } from '../../../server/rules/clock';
import { NOW } from '../backend';

export const LAST_DAY = Math.floor(NOW / DAY_MS);
export const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Periods inside, across and before the 90-day window, 1 to 60 days long. */
export const period = fc
  .tuple(fc.integer({ min: -5, max: 120 }), fc.integer({ min: 1, max: 60 }))
  .map(([back, len]) => ({ from: LAST_DAY - back - len + 1, to: LAST_DAY - back }));

const some = <T>(xs: T[]) => fc.option(fc.uniqueArray(fc.constantFrom(...xs), { minLength: 1, maxLength: 3 }), { nil: undefined });

/** Filters over the seed's sections (1 and 6–11), categories (1–11), languages and authors (1–6). */
export const filter = fc.record(
  {
    section: some([1, 6, 7, 8, 9, 10, 11]),
    categoryId: some([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
    lang: some(['en', 'ar']),
    authorId: some([1, 2, 3, 4, 5, 6]),
  },
  { requiredKeys: [] },
);

export const query = (p: { from: number; to: number }, f: object, extra = '') =>
  `from=${isoOf(p.from)}&to=${isoOf(p.to)}&filter=${encodeURIComponent(JSON.stringify(f))}${extra}`;
