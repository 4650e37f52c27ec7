import { formatInZone, relativeTime, zoneLabel } from '../../../src/lib/time';
import { dateTimeFormat } from '../../../src/lib/timeFormat';

describe('formatInZone', () => {
  const iso = '2025-07-09T12:30:00Z';

  it('shows Baghdad time in English and names the zone', () => {
    expect(formatInZone(iso, 'en')).toBe('Jul 9, 2025, 3:30 PM (Iraq Time, GMT+3)');
  });

  it('shows Baghdad time in Iraqi Arabic, with Arabic digits and month name', () => {
    const text = formatInZone(iso, 'ar-IQ');
    expect(text).toContain('تموز');
    expect(text).toContain('٣:٣٠');
    expect(text).toContain('توقيت العراق');
  });

  it('shows London summer and winter time with their offsets', () => {
    expect(formatInZone(iso, 'en', 'Europe/London')).toBe(
      'Jul 9, 2025, 1:30 PM (United Kingdom Time, GMT+1)',
    );
    expect(formatInZone('2025-01-09T12:30:00Z', 'en', 'Europe/London')).toContain('GMT+0');
  });

  it('can leave the zone out and add the weekday', () => {
    expect(formatInZone(iso, 'en', 'Asia/Baghdad', { showZone: false, weekday: true })).toBe(
      'Wednesday, Jul 9, 2025, 3:30 PM',
    );
  });

  it('is empty for a missing or invalid value', () => {
    expect(formatInZone(null)).toBe('');
    expect(formatInZone('yesterday')).toBe('');
  });
});

describe('zoneLabel', () => {
  it('names the zone in the locale', () => {
    expect(zoneLabel('Asia/Baghdad', 'en', '2025-01-01T00:00:00Z')).toBe('Iraq Time, GMT+3');
    expect(zoneLabel('Asia/Baghdad', 'ar-IQ', '2025-01-01T00:00:00Z')).toBe(
      'توقيت العراق، غرينتش+٣',
    );
  });
});

describe('relativeTime', () => {
  const now = new Date('2025-01-01T12:00:00Z');
  const at = (seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();

  it('says how far away a scheduled time is, in English', () => {
    expect(relativeTime(at(5 * 60), 'en', now)).toBe('in 5 minutes');
    expect(relativeTime(at(-3 * 3600), 'en', now)).toBe('3 hours ago');
    expect(relativeTime(at(-86_400), 'en', now)).toBe('yesterday');
    expect(relativeTime(at(3 * 86_400), 'en', now)).toBe('in 3 days');
    expect(relativeTime(at(10), 'en', now)).toBe('now');
  });

  it('says it in Arabic', () => {
    expect(relativeTime(at(5 * 60), 'ar-IQ', now)).toBe('خلال ٥ دقائق');
    expect(relativeTime(at(-86_400), 'ar', now)).toBe('أمس');
  });

  it('rounds to the nearest unit', () => {
    expect(relativeTime(at(90 * 60), 'en', now)).toBe('in 2 hours');
    expect(relativeTime(at(-14 * 86_400), 'en', now)).toBe('2 weeks ago');
  });

  it('is empty for an invalid value', () => {
    expect(relativeTime('soon', 'en', now)).toBe('');
  });
});

describe('formats made once per locale and options', () => {
  it('the same instant in zones and languages taken in turn reads as a fresh format would', () => {
    const at = '2025-07-09T12:30:00Z';
    const fresh = (locale: string, timeZone: string) =>
      new Intl.DateTimeFormat(locale, {
        timeZone,
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
      }).format(new Date(at));
    for (const [locale, zone] of [
      ['en', 'Asia/Baghdad'],
      ['ar-IQ', 'Europe/London'],
      ['en', 'Europe/London'],
      ['ar-IQ', 'Asia/Baghdad'],
      ['en', 'Asia/Baghdad'],
    ]) {
      expect(formatInZone(at, locale, zone, { showZone: false })).toBe(fresh(locale, zone));
    }
    expect(formatInZone(at, 'en', 'Asia/Baghdad', { weekday: true, showZone: false })).toMatch(
      /^Wednesday/,
    );
    expect(relativeTime('2025-07-09T10:30:00Z', 'en', new Date(at))).toBe('2 hours ago');
    expect(relativeTime('2025-07-09T10:30:00Z', 'ar-IQ', new Date(at))).not.toBe('2 hours ago');
  });

  it('one DateTimeFormat per locale and options', () => {
    const options = { timeZone: 'Asia/Baghdad', hour: 'numeric' } as const;
    expect(dateTimeFormat('en', options)).toBe(dateTimeFormat('en', { ...options }));
    expect(dateTimeFormat('en', options)).not.toBe(dateTimeFormat('ar-IQ', options));
    expect(dateTimeFormat('en', options)).not.toBe(
      dateTimeFormat('en', { ...options, timeZone: 'UTC' }),
    );
  });
});
