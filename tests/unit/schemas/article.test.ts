import {
  articleInputObject,
  inputSchemas,
  makeArticleInputSchema,
  msg,
} from '../../../src/schemas';

const now = new Date('2025-07-01T12:00:00Z');
const schema = makeArticleInputSchema(() => now);
const base = { title: 'Rare earths deal', slug: 'rare-earths-deal', lang: 'en' };

const errorsOf = (input: unknown) => {
  const r = schema.safeParse(input);
  return r.success
    ? {}
    : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('article input: scheduling', () => {
  it('needs a publish time when scheduled', () => {
    expect(errorsOf({ ...base, status: 'scheduled' })).toEqual({
      publishAt: msg.publishAtRequired,
    });
  });

  it('needs that time to be in the future of the injected clock', () => {
    expect(errorsOf({ ...base, status: 'scheduled', publishAt: '2025-07-01T12:00:00Z' })).toEqual({
      publishAt: msg.publishAtFuture,
    });
    expect(errorsOf({ ...base, status: 'scheduled', publishAt: '2025-07-01T12:01:00Z' })).toEqual(
      {},
    );
  });

  it('judges an offset time by its instant (15:30 in Baghdad is 12:30 UTC)', () => {
    expect(
      errorsOf({ ...base, status: 'scheduled', publishAt: '2025-07-01T14:30:00+03:00' }),
    ).toEqual({
      publishAt: msg.publishAtFuture,
    });
    expect(
      errorsOf({ ...base, status: 'scheduled', publishAt: '2025-07-01T15:30:00+03:00' }),
    ).toEqual({});
  });

  it('does not care about a past publish time on a draft', () => {
    expect(errorsOf({ ...base, status: 'draft', publishAt: '2020-01-01T00:00:00Z' })).toEqual({});
  });

  it('is the rule inputSchemas(clock) gives the server', () => {
    const server = inputSchemas(() => now).articles;
    expect(
      server.safeParse({ ...base, status: 'scheduled', publishAt: '2025-06-30T00:00:00Z' }).success,
    ).toBe(false);
  });
});

describe('article input: featured image', () => {
  const image = { url: 'https://cdn.example/p.jpg', caption: 'Leaders in Tokyo' };

  it('requires alt text', () => {
    expect(errorsOf({ ...base, featuredImage: { ...image, alt: '  ' } })).toEqual({
      'featuredImage.alt': msg.altRequired,
    });
    expect(errorsOf({ ...base, featuredImage: image })).toHaveProperty('featuredImage.alt');
  });

  it('accepts only http(s) image URLs', () => {
    expect(
      errorsOf({ ...base, featuredImage: { ...image, alt: 'x', url: 'javascript:alert(1)' } }),
    ).toEqual({
      'featuredImage.url': msg.url,
    });
  });

  it('needs no image at all', () => {
    expect(errorsOf({ ...base, featuredImage: null })).toEqual({});
  });
});

describe('article input: slug and title', () => {
  it.each(['Rare Earths', 'rare--earths', '-rare', 'rare_earths', 'نادر'])(
    'refuses slug %j',
    (slug) => {
      expect(errorsOf({ ...base, slug })).toEqual({ slug: msg.slug });
    },
  );

  it('trims the slug before checking it', () => {
    expect(schema.parse({ ...base, slug: '  rare-earths-2025 ' }).slug).toBe('rare-earths-2025');
  });

  it('requires a title', () => {
    expect(errorsOf({ ...base, title: '   ' })).toEqual({ title: msg.required });
  });
});

describe('article input: server-owned fields', () => {
  it('drops id, counters, audit fields and version from input', () => {
    const parsed = articleInputObject.parse({
      ...base,
      id: 99,
      views: 1_000_000,
      shares: 5,
      publishedAt: '2020-01-01T00:00:00Z',
      createdAt: '2020-01-01T00:00:00Z',
      createdBy: 1,
      version: 7,
      isAdmin: true,
    });
    for (const key of [
      'id',
      'views',
      'shares',
      'publishedAt',
      'createdAt',
      'createdBy',
      'version',
      'isAdmin',
    ]) {
      expect(parsed).not.toHaveProperty(key);
    }
  });

  it('fills in defaults a new draft starts with', () => {
    expect(schema.parse(base)).toMatchObject({
      status: 'draft',
      body: '',
      tagIds: [],
      featuredImage: null,
      publishAt: null,
      isBreaking: false,
    });
  });
});
