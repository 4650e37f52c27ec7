import fc from 'fast-check';
import {
  SLUG_PATTERN,
  fallbackSlug,
  isSlug,
  slugOrFallback,
  slugify,
} from '../../../src/lib/slugify';
import { transliterateArabic } from '../../../src/lib/arabicLatin';

describe('slugify: Latin titles', () => {
  it.each([
    [
      "US, Japan sign agreement on 'securing' rare earths supply",
      'us-japan-sign-agreement-on-securing-rare-earths-supply',
    ],
    ['Arts & Entertainment', 'arts-entertainment'],
    ['Café in Zürich reopens — São Paulo', 'cafe-in-zurich-reopens-sao-paulo'],
    ['Straße, Æther, Øresund, Łódź', 'strasse-aether-oresund-lodz'],
    ["Iraq's PM: don’t panic", 'iraqs-pm-dont-panic'],
    ['  --Breaking!!  News--  ', 'breaking-news'],
    ['COVID-19 cases rise 20% in 2025', 'covid-19-cases-rise-20-in-2025'],
    ['ＦＵＬＬＷＩＤＴＨ title', 'fullwidth-title'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cuts a long title at a word boundary within 80 characters', () => {
    const title =
      'The finance ministers of the Gulf Cooperation Council met in Riyadh on Sunday to discuss regional trade';
    const slug = slugify(title);
    expect(slug).toBe(
      'the-finance-ministers-of-the-gulf-cooperation-council-met-in-riyadh-on-sunday-to',
    );
    expect(slug.length).toBeLessThanOrEqual(80);
  });

  it('cuts a single over-long word hard', () => {
    expect(slugify('a'.repeat(100))).toBe('a'.repeat(80));
    expect(slugify('word '.repeat(10), 12)).toBe('word-word');
  });
});

describe('slugify: Arabic titles', () => {
  it.each([
    ['سوريا', 'surya'],
    ['بايدن يزور بغداد', 'baydn-yzur-bghdad'],
    ['العراق', 'al-araq'],
    ['رئيس الوزراء', 'riis-al-wzra'],
    ['مصطفى', 'mstfa'], // alif maqsura
    ['مدينة', 'mdina'], // ta marbuta
    ['أحمد إبراهيم آمنة', 'ahmd-ibrahim-aamna'], // hamza on alif, above and below, madda
    ['مؤتمر', 'mutmr'], // hamza on waw
    ['رئيس', 'riis'], // hamza on ya
    ['سماء', 'sma'], // lone hamza dropped
    ['مُحَمَّدٌ', 'mhmd'], // tashkeel removed
    ['اتفاقـــية', 'atfaqia'], // tatweel removed
    ['انتخابات ٢٠٢٥', 'antkhabat-2025'], // Arabic-Indic digits
    ['عام ۱۴۰۴', 'aam-1404'], // Persian digits
    ['گزارش پژوهش', 'gzarsh-pzhuhsh'], // Persian letters
    ['ذهب وغاز وثروة', 'dhhb-wghaz-wthrua'], // و at a word's start is w,
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('transliterates Arabic inside a mixed title', () => {
    expect(slugify('COP30: قمة المناخ في البرازيل')).toBe('cop30-qma-al-mnakh-fi-al-brazil');
  });

  it('leaves non-Arabic text alone when transliterating', () => {
    expect(transliterateArabic('AFP / أ ف ب')).toBe('AFP / a f b');
  });
});

describe('fallback slug', () => {
  it('is empty when a title has no transliterable letters', () => {
    expect(slugify('🎉🎉 !!!')).toBe('');
    expect(slugify('中文标题')).toBe('');
  });

  it('uses the id when there is one, else the UTC timestamp', () => {
    expect(fallbackSlug(123)).toBe('article-123');
    expect(fallbackSlug(new Date('2025-07-09T12:30:05.123Z'))).toBe('article-20250709123005');
    expect(fallbackSlug(7, 'Photo Credit')).toBe('photo-credit-7');
  });

  it('slugOrFallback picks the title slug first, then the fallback', () => {
    expect(slugOrFallback('Hello world', 5)).toBe('hello-world');
    expect(slugOrFallback('中文', 5)).toBe('article-5');
  });
});

describe('slug properties', () => {
  const anyTitle = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc
      .array(fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئةى ًٌٍَُِّْـ٠١٩ ,.-'), {
        maxLength: 120,
      })
      .map((a) => a.join('')),
  );

  it('always yields a valid slug of at most 80 characters, or nothing', () => {
    fc.assert(
      fc.property(anyTitle, (title) => {
        const slug = slugify(title);
        return slug === '' || (isSlug(slug) && slug.length <= 80);
      }),
      { numRuns: 2000 },
    );
  });

  it('slugOrFallback always yields a valid slug', () => {
    fc.assert(
      fc.property(anyTitle, fc.nat(), (title, id) => SLUG_PATTERN.test(slugOrFallback(title, id))),
      { numRuns: 2000 },
    );
  });

  it('is idempotent: a slug slugifies to itself', () => {
    fc.assert(
      fc.property(anyTitle, (title) => {
        const slug = slugify(title);
        return slugify(slug) === slug;
      }),
      { numRuns: 1000 },
    );
  });
});
