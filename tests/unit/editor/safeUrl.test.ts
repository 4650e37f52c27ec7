import { checkLinkInput, isSafeHref, isSafeImageSrc } from '../../../src/editor/safeUrl';

describe('link addresses', () => {
  it.each([
    'https://www.afp.com/en',
    'http://example.com',
    'mailto:desk@newsdesk.test',
    'HTTPS://X.TEST',
  ])('accepts %s', (url) => expect(isSafeHref(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u000ejavascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com',
    'tel:+9641',
    '/relative/path',
    '#_Toc123',
    '',
  ])('refuses %j', (url) => expect(isSafeHref(url)).toBe(false));

  it('completes what a user types without a scheme', () => {
    expect(checkLinkInput('www.afp.com/news')).toEqual({
      ok: true,
      href: 'https://www.afp.com/news',
    });
    expect(checkLinkInput('desk@newsdesk.test')).toEqual({
      ok: true,
      href: 'mailto:desk@newsdesk.test',
    });
  });

  it('says why an address is refused', () => {
    expect(checkLinkInput('  ')).toEqual({ ok: false, reason: 'empty' });
    expect(checkLinkInput('javascript:alert(1)')).toEqual({ ok: false, reason: 'protocol' });
    expect(checkLinkInput('jav\tascript:alert(1)')).toEqual({ ok: false, reason: 'protocol' });
    expect(checkLinkInput('data:text/html,x')).toEqual({ ok: false, reason: 'protocol' });
    expect(checkLinkInput('not a link')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('takes only http(s) images', () => {
    expect(isSafeImageSrc('https://cdn.test/a.jpg')).toBe(true);
    expect(isSafeImageSrc('data:image/png;base64,AAAA')).toBe(false);
    expect(isSafeImageSrc('mailto:a@b.c')).toBe(false);
  });
});
