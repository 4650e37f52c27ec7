import fc from 'fast-check';
import type { WritableResource } from '../../../src/schemas';
import { NOW } from '../backend';

/** Valid inputs per writable resource, within the seed's references (200 articles, 46 tags, …). */
let n = 0;
const unique = () => ++n;
const text = (max: number) =>
  fc.string({ minLength: 1, maxLength: Math.min(max, 60) }).filter((s) => s.trim().length > 0);
const optional = (max: number) => fc.string({ maxLength: Math.min(max, 60) });
// The `p<n>` suffix keeps generated slugs apart from the seed's and from each other.
const slug = fc
  .stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,3}$/)
  .map((s) => `${s}-p${unique()}`);
const word = fc.stringMatching(/^[a-z0-9]{1,10}$/);
const url = fc.tuple(word, word).map(([h, p]) => `https://${h}.example/${p}.jpg`);
const email = fc.tuple(word, word).map(([l, d]) => `${l}.${unique()}@${d}.test`);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const future = fc
  .integer({ min: 60, max: 60 * 24 * 30 })
  .map((m) => new Date(NOW + m * 60_000).toISOString());
const paragraph = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ,.]{0,40}$/).map((t) => `<p>${t}</p>`);

const fiftyWords = `<p>${Array.from({ length: 50 }, (_, i) => `word${i}`).join(' ')}</p>`;
/** Scheduling and publishing pass the publish checklist, so such inputs carry what it asks. */
const publishable = <
  A extends {
    status: string;
    publishAt: string | null;
    summary: string;
    body: string;
    featuredImage: { photoCreditId: number | null } | null;
  },
>(
  a: A,
) => ({
  ...a,
  summary: a.summary.trim() ? a.summary : 'A standfirst.',
  body: a.body + fiftyWords,
  categoryId: 5,
  authorId: 1,
  featuredImage: a.featuredImage && {
    ...a.featuredImage,
    photoCreditId: a.featuredImage.photoCreditId ?? 1,
  },
  publishAt:
    a.status === 'scheduled'
      ? (a.publishAt ?? new Date(NOW + 3_600_000).toISOString())
      : a.publishAt,
});

const article = fc
  .record({
    title: text(300),
    slug,
    lang: fc.constantFrom('en', 'ar'),
    summary: optional(1000),
    body: fc.array(paragraph, { maxLength: 4 }).map((ps) => ps.join('')),
    categoryId: maybe(fc.integer({ min: 1, max: 11 })),
    tagIds: fc
      .uniqueArray(fc.integer({ min: 1, max: 46 }), { maxLength: 5 })
      .map((t) => t.sort((a, b) => a - b)),
    authorId: maybe(fc.integer({ min: 1, max: 6 })),
    featuredImage: maybe(
      fc.record({
        url,
        alt: text(300),
        caption: optional(500),
        photoCreditId: maybe(fc.integer({ min: 1, max: 5 })),
      }),
    ),
    status: fc.constantFrom('draft', 'in_review', 'published', 'archived', 'scheduled'),
    publishAt: maybe(future),
    isBreaking: fc.boolean(),
    isFeatured: fc.boolean(),
    slugLine: optional(100),
    copyright: optional(200),
    seoTitle: optional(70),
    seoDescription: optional(160),
  })
  .map((a) => (a.status === 'scheduled' || a.status === 'published' ? publishable(a) : a));

export const validInputs: Record<WritableResource, fc.Arbitrary<Record<string, unknown>>> = {
  articles: article,
  categories: fc.record({
    name: fc.record({ en: text(200), ar: text(200) }),
    slug,
    // Sections have two levels: a parent is one of the seed's top-level sections.
    parentId: maybe(fc.constantFrom(1, 6, 7, 8, 9, 10, 11)),
    position: fc.nat(50),
  }),
  tags: fc.record({ name: text(100), slug }),
  authors: fc.record({
    name: text(200),
    kind: fc.constantFrom('staff', 'agency', 'contributor'),
    bio: fc.record({ en: optional(5000), ar: optional(5000) }),
    email: fc.oneof(fc.constant(''), email),
    avatarUrl: fc.oneof(fc.constant(''), url),
    website: fc.oneof(fc.constant(''), url),
  }),
  'photo-credits': fc.record({
    photographer: text(200),
    agency: optional(200),
    license: fc.constantFrom('agency', 'staff', 'handout', 'creative-commons', 'other'),
    notes: optional(2000),
  }),
  users: fc.record({
    name: text(200),
    email,
    role: fc.constantFrom('admin', 'editor', 'moderator'),
    active: fc.boolean(),
    authorId: maybe(fc.integer({ min: 1, max: 6 })),
  }),
};

const blank = fc.constantFrom('', '   ');
const long = (max: number) => fc.constant('x'.repeat(max + 1));
const notString = fc.constantFrom(42, true, null);

/** For each resource, fields and values that break them (one field at a time). */
export const invalidFields: Record<WritableResource, Record<string, fc.Arbitrary<unknown>>> = {
  articles: {
    title: fc.oneof(blank, long(300), notString),
    // An empty slug is not an error: the server derives one from the title (README, Writing).
    slug: fc.constantFrom('Not A Slug', '-lead', 'trail-', 'dou--ble'),
    lang: fc.constantFrom('fr', 'EN', 1),
    categoryId: fc.constantFrom(0, -1, 1.5, 'news', 999),
    tagIds: fc.constantFrom(['x'], [0], 'japan', [999]),
    authorId: fc.constantFrom(0, 'afp', 999),
    featuredImage: fc.constantFrom(
      { url: 'not a url', alt: 'a' },
      { url: 'https://x.example/a.jpg', alt: '' },
      'x',
    ),
    status: fc.constantFrom('live', '', 3),
    publishAt: fc.constantFrom('tomorrow', '2025-13-01T00:00:00Z', 5),
    isBreaking: fc.constantFrom('yes', 1),
    seoTitle: long(70),
    seoDescription: long(160),
  },
  categories: {
    name: fc.constantFrom({ en: '', ar: 'x' }, { en: 'x' }, 'News'),
    slug: fc.constantFrom('Bad Slug', 'a_b'),
    parentId: fc.constantFrom(0, 999, 'news'),
    position: fc.constantFrom(-1, 1.5, 'first'),
  },
  tags: { name: fc.oneof(blank, long(100)), slug: fc.constantFrom('Bad', 'a_b') },
  authors: {
    name: fc.oneof(blank, long(200)),
    kind: fc.constantFrom('robot'),
    email: fc.constantFrom('not-an-email', 'a@'),
    website: fc.constantFrom('ftp://x.example', 'example.org'),
  },
  'photo-credits': {
    photographer: fc.oneof(blank, long(200)),
    license: fc.constantFrom('free', ''),
  },
  users: {
    name: fc.oneof(blank, long(200)),
    email: fc.constantFrom('nope', '@x.test', ''),
    role: fc.constantFrom('owner', ''),
    active: fc.constantFrom('true', 0),
    authorId: fc.constantFrom(999, 'x'),
  },
};
