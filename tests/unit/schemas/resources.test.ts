import { creditLine, inputSchemas, loginSchema, msg } from '../../../src/schemas';

const schemas = inputSchemas(() => new Date('2025-01-01T00:00:00Z'));

describe('other resources, rules a user meets in the forms', () => {
  it('a tag needs a name and a valid slug, and loses server-owned counts', () => {
    expect(
      schemas.tags.parse({ name: 'Climate', slug: 'climate', articleCount: 9, id: 3 }),
    ).toEqual({
      name: 'Climate',
      slug: 'climate',
    });
    expect(
      schemas.tags.safeParse({ name: 'Climate', slug: 'Climate Change' }).error?.issues[0].message,
    ).toBe(msg.slug);
  });

  it('a category needs its name in both languages', () => {
    const r = schemas.categories.safeParse({ name: { en: 'Sports', ar: '' }, slug: 'sports' });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['name.ar', msg.required],
    ]);
  });

  it('a user email is stored lowercased', () => {
    const u = schemas.users.parse({
      name: 'Editor',
      email: 'Editor@Newsdesk.TEST',
      role: 'editor',
    });
    expect(u.email).toBe('editor@newsdesk.test');
    expect(
      schemas.users.safeParse({ name: 'X', email: 'nope', role: 'editor' }).error?.issues[0]
        .message,
    ).toBe(msg.email);
  });

  it('a user role is one of admin, editor, moderator', () => {
    expect(schemas.users.safeParse({ name: 'X', email: 'x@y.test', role: 'owner' }).success).toBe(
      false,
    );
  });

  it('an author website must be a full http(s) address, or empty', () => {
    expect(schemas.authors.parse({ name: 'AFP', kind: 'agency' }).website).toBe('');
    expect(
      schemas.authors.safeParse({ name: 'AFP', website: 'afp.com' }).error?.issues[0].message,
    ).toBe(msg.url);
  });

  it('a photo credit needs a photographer and prints as "NAME / AGENCY"', () => {
    expect(schemas['photo-credits'].safeParse({ photographer: ' ' }).success).toBe(false);
    const c = schemas['photo-credits'].parse({
      photographer: 'SAUL LOEB',
      agency: 'AFP',
      usageCount: 4,
    });
    expect(c).not.toHaveProperty('usageCount');
    expect(creditLine(c)).toBe('SAUL LOEB / AFP');
  });

  it('login needs an email and a password', () => {
    expect(loginSchema.safeParse({ email: 'admin@newsdesk.test', password: '' }).success).toBe(
      false,
    );
  });
});
