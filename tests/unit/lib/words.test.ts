import { countWords, htmlToText, readingTime } from '../../../src/lib/words';

describe('countWords', () => {
  it('counts the words of an English paragraph', () => {
    expect(countWords('US, Japan sign agreement on "securing" rare earths supply')).toBe(9);
  });

  it('reads HTML: tags separate words, markup is not counted', () => {
    const html = '<p>One <strong>two</strong></p><p>three</p><ul><li>four</li><li>five</li></ul>';
    expect(countWords(html)).toBe(5);
  });

  it('never merges the last word of a paragraph with the first of the next', () => {
    expect(countWords('<p>end</p><p>start</p>')).toBe(2);
    expect(countWords('line<br>break')).toBe(2);
  });

  it('counts Arabic words, with tashkeel and tatweel inside a word', () => {
    expect(countWords('<p>وقّعت الولاياتُ المتحدة واليابان اتفاقـية</p>')).toBe(5);
  });

  it('counts mixed Arabic and English text and digits', () => {
    expect(countWords('قال بايدن إن 2025 عام AI')).toBe(6);
  });

  it('ignores punctuation-only tokens such as dashes and bullets', () => {
    expect(countWords('Baghdad — AFP • Reuters')).toBe(3);
  });

  it('decodes entities so &nbsp; separates and &amp; alone is not a word', () => {
    expect(countWords('Arts&nbsp;&amp;&nbsp;Entertainment')).toBe(2);
  });

  it('skips comments, scripts and styles', () => {
    expect(countWords('<!-- note to desk --><style>p{}</style><script>var x</script>Hello')).toBe(
      1,
    );
  });

  it('is zero for empty input', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(null)).toBe(0);
    expect(countWords('<p></p><p>&nbsp;</p>')).toBe(0);
  });
});

describe('htmlToText', () => {
  it('keeps visible text with single spaces', () => {
    expect(htmlToText('<h2>Title</h2>\n<p>Body &amp; more&#x21; &#8212; end</p>')).toBe(
      'Title Body & more! — end',
    );
  });
});

describe('readingTime', () => {
  const words = (n: number, w = 'word') => Array.from({ length: n }, () => w).join(' ');

  it('rounds up to whole minutes at 230 English words a minute', () => {
    expect(readingTime(words(230))).toEqual({ words: 230, minutes: 1 });
    expect(readingTime(words(231))).toEqual({ words: 231, minutes: 2 });
  });

  it('reads Arabic more slowly (180 words a minute)', () => {
    expect(readingTime(words(360, 'كلمة'), 'ar')).toEqual({ words: 360, minutes: 2 });
    expect(readingTime(words(361, 'كلمة'), 'ar').minutes).toBe(3);
  });

  it('says one minute for a short note and zero for nothing', () => {
    expect(readingTime('Breaking: explosion heard').minutes).toBe(1);
    expect(readingTime('').minutes).toBe(0);
  });
});
