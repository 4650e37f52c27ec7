import fc from 'fast-check';
import {
  checklistMessages,
  isReadyToPublish,
  publishChecklist,
  type ChecklistArticle,
} from '../../../src/schemas/workflow';

const words = (n: number, w = 'word') => `<p>${Array.from({ length: n }, () => w).join(' ')}</p>`;

const complete: ChecklistArticle = {
  title: 'US, Japan sign agreement on rare earths supply',
  summary: 'The deal aims to secure critical minerals.',
  body: words(50),
  categoryId: 8,
  authorId: 1,
  featuredImage: { url: 'https://cdn.example/p.jpg', alt: 'Leaders shake hands', photoCreditId: 3 },
};

const missing = (a: ChecklistArticle) =>
  publishChecklist(a)
    .filter((i) => !i.ok)
    .map((i) => i.id);

describe('publishChecklist', () => {
  it('passes a complete article, listing every item in order', () => {
    const items = publishChecklist(complete);
    expect(items.map((i) => i.id)).toEqual([
      'title',
      'summary',
      'body',
      'category',
      'author',
      'image_alt',
      'image_credit',
    ]);
    expect(items.every((i) => i.ok)).toBe(true);
    expect(isReadyToPublish(complete)).toBe(true);
  });

  it('lists everything missing from an empty form', () => {
    expect(missing({})).toEqual(['title', 'summary', 'body', 'category', 'author']);
    expect(isReadyToPublish({})).toBe(false);
  });

  it('treats blank text as missing', () => {
    expect(missing({ ...complete, title: '   ', summary: '\n' })).toEqual(['title', 'summary']);
  });

  it('needs 50 words of body text, counting Arabic words and not markup', () => {
    expect(missing({ ...complete, body: words(49) })).toEqual(['body']);
    expect(missing({ ...complete, body: words(50, 'كلمة') })).toEqual([]);
    expect(missing({ ...complete, body: `<p>${'<strong></strong> '.repeat(80)}</p>` })).toEqual([
      'body',
    ]);
  });

  it('tells how many words there are and how many are needed', () => {
    const body = publishChecklist({ ...complete, body: words(12) }).find((i) => i.id === 'body');
    expect(body).toMatchObject({
      ok: false,
      message: checklistMessages.body,
      params: { min: 50, count: 12 },
    });
  });

  it('asks nothing about an image when there is none', () => {
    const items = publishChecklist({ ...complete, featuredImage: null });
    expect(items.map((i) => i.id)).not.toContain('image_alt');
    expect(items.every((i) => i.ok)).toBe(true);
  });

  it('requires alt text and a photo credit when there is an image', () => {
    const a = { ...complete, featuredImage: { url: 'https://cdn.example/p.jpg', alt: '' } };
    expect(missing(a)).toEqual(['image_alt', 'image_credit']);
    const alt = publishChecklist(a).find((i) => i.id === 'image_alt');
    expect(alt?.field).toBe('featuredImage.alt');
  });

  it('reports a category, author or credit that no longer exists', () => {
    const items = publishChecklist(complete, {
      hasCategory: (id) => id !== 8,
      hasAuthor: () => true,
      hasPhotoCredit: () => false,
    });
    const bad = items.filter((i) => !i.ok).map((i) => i.message);
    expect(bad).toEqual([checklistMessages.categoryUnknown, checklistMessages.imageCreditUnknown]);
  });
});

describe('publishChecklist is monotone', () => {
  const text = fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ maxLength: 20 }));
  const id = fc.option(fc.integer({ min: 1, max: 20 }), { nil: null });
  const article = fc.record({
    title: text,
    summary: text,
    body: fc.nat({ max: 80 }).map((n) => words(n)),
    categoryId: id,
    authorId: id,
    featuredImage: fc.option(
      fc.record({ url: fc.constant('https://cdn.example/p.jpg'), alt: text, photoCreditId: id }),
      { nil: null },
    ),
  });
  const okIds = (a: ChecklistArticle) =>
    new Set(
      publishChecklist(a)
        .filter((i) => i.ok)
        .map((i) => i.id),
    );

  it('filling in a field never makes an item that was ok go missing', () => {
    fc.assert(
      fc.property(article, article, (a, b) => {
        // c fills each empty field of a with b's value; fields a has stay.
        const c: ChecklistArticle = {
          title: a.title.trim() ? a.title : b.title,
          summary: a.summary.trim() ? a.summary : b.summary,
          body: `${a.body} ${b.body}`,
          categoryId: a.categoryId ?? b.categoryId,
          authorId: a.authorId ?? b.authorId,
          featuredImage: a.featuredImage && {
            ...a.featuredImage,
            alt: a.featuredImage.alt.trim() ? a.featuredImage.alt : (b.featuredImage?.alt ?? ''),
            photoCreditId: a.featuredImage.photoCreditId ?? b.featuredImage?.photoCreditId ?? null,
          },
        };
        const before = okIds(a);
        const after = okIds(c);
        return [...before].every((item) => after.has(item));
      }),
      { numRuns: 1000 },
    );
  });

  it('a longer body never fails the body item', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100 }), fc.nat({ max: 100 }), (n, extra) => {
        const ok = (k: number) => publishChecklist({ body: words(k) })[2].ok;
        return !ok(n) || ok(n + extra);
      }),
    );
  });
});
