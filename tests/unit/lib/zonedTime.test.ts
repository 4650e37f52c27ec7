import {
  DEFAULT_TIME_ZONE,
  isValidTimeZone,
  newsroomTimeZone,
  resolveLocal,
  utcToZonedLocal,
  zonedDateKey,
  zonedLocalToUtc,
} from '../../../src/lib/time';

describe('newsroom time zone setting', () => {
  it('defaults to Asia/Baghdad', () => {
    expect(DEFAULT_TIME_ZONE).toBe('Asia/Baghdad');
    expect(newsroomTimeZone()).toBe('Asia/Baghdad');
    expect(newsroomTimeZone('')).toBe('Asia/Baghdad');
  });

  it('keeps a valid IANA zone and rejects an unknown one', () => {
    expect(newsroomTimeZone('Europe/London')).toBe('Europe/London');
    expect(newsroomTimeZone('Mars/Olympus')).toBe('Asia/Baghdad');
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Baghdad')).toBe(false);
  });
});

describe('Asia/Baghdad (UTC+3 all year, no daylight saving)', () => {
  it('shows a UTC instant three hours later', () => {
    expect(utcToZonedLocal('2025-01-15T09:00:00Z')).toBe('2025-01-15T12:00');
    expect(utcToZonedLocal('2025-07-15T09:00:00.000Z')).toBe('2025-07-15T12:00');
  });

  it('reads a typed local time back to UTC, crossing midnight', () => {
    expect(zonedLocalToUtc('2025-03-01T01:30')).toBe('2025-02-28T22:30:00.000Z');
    expect(zonedLocalToUtc('2024-03-01T02:00')).toBe('2024-02-29T23:00:00.000Z');
  });

  it('accepts instants written with any offset', () => {
    expect(utcToZonedLocal('2025-05-01T10:00:00+02:00')).toBe('2025-05-01T11:00');
  });

  it('puts a late-evening UTC story on the next Baghdad day', () => {
    expect(zonedDateKey('2025-05-01T22:30:00Z')).toBe('2025-05-02');
  });

  it('never reports ambiguity or gaps', () => {
    expect(resolveLocal('2025-03-30T01:30')?.kind).toBe('exact');
    expect(resolveLocal('2025-10-26T01:30')?.kind).toBe('exact');
  });
});

describe('Europe/London across the March change (01:00 GMT → 02:00 BST)', () => {
  const tz = 'Europe/London';

  it('shows the last winter minute and the first summer minute', () => {
    expect(utcToZonedLocal('2025-03-30T00:59:00Z', tz)).toBe('2025-03-30T00:59');
    expect(utcToZonedLocal('2025-03-30T01:00:00Z', tz)).toBe('2025-03-30T02:00');
  });

  it('moves a skipped time forward by the hour that never happens', () => {
    expect(resolveLocal('2025-03-30T01:30', tz)).toEqual({
      utc: '2025-03-30T01:30:00.000Z',
      kind: 'skipped',
      candidates: ['2025-03-30T01:30:00.000Z'],
    });
    // Read back, the editor sees 02:30, the time the article will really go out.
    expect(utcToZonedLocal(zonedLocalToUtc('2025-03-30T01:30', tz)!, tz)).toBe('2025-03-30T02:30');
  });

  it('resolves the times around the gap exactly', () => {
    expect(resolveLocal('2025-03-30T00:59', tz)?.kind).toBe('exact');
    expect(zonedLocalToUtc('2025-03-30T00:59', tz)).toBe('2025-03-30T00:59:00.000Z');
    expect(zonedLocalToUtc('2025-03-30T02:00', tz)).toBe('2025-03-30T01:00:00.000Z');
  });
});

describe('Europe/London across the October change (02:00 BST → 01:00 GMT)', () => {
  const tz = 'Europe/London';

  it('shows 01:30 twice, an hour apart in UTC', () => {
    expect(utcToZonedLocal('2025-10-26T00:30:00Z', tz)).toBe('2025-10-26T01:30');
    expect(utcToZonedLocal('2025-10-26T01:30:00Z', tz)).toBe('2025-10-26T01:30');
  });

  it('resolves an ambiguous time to the earlier (summer-time) instant and lists both', () => {
    expect(resolveLocal('2025-10-26T01:30', tz)).toEqual({
      utc: '2025-10-26T00:30:00.000Z',
      kind: 'ambiguous',
      candidates: ['2025-10-26T00:30:00.000Z', '2025-10-26T01:30:00.000Z'],
    });
  });

  it('resolves the times around the repeated hour exactly', () => {
    expect(zonedLocalToUtc('2025-10-26T00:59', tz)).toBe('2025-10-25T23:59:00.000Z');
    expect(zonedLocalToUtc('2025-10-26T02:00', tz)).toBe('2025-10-26T02:00:00.000Z');
    expect(resolveLocal('2025-10-26T02:00', tz)?.kind).toBe('exact');
  });

  it('is on GMT in winter and BST in summer', () => {
    expect(zonedLocalToUtc('2025-12-01T12:00', tz)).toBe('2025-12-01T12:00:00.000Z');
    expect(zonedLocalToUtc('2025-06-01T12:00', tz)).toBe('2025-06-01T11:00:00.000Z');
  });
});

describe('invalid input', () => {
  it('returns null rather than a wrong time', () => {
    expect(utcToZonedLocal('not a date')).toBeNull();
    expect(zonedLocalToUtc('2025-02-30T10:00')).toBeNull();
    expect(zonedLocalToUtc('2025-01-01T24:00')).toBeNull();
    expect(zonedLocalToUtc('2025-01-01 10:00')).toBeNull();
    expect(zonedLocalToUtc('')).toBeNull();
  });

  it('accepts seconds from a datetime-local input with step', () => {
    expect(zonedLocalToUtc('2025-01-01T10:00:30')).toBe('2025-01-01T07:00:30.000Z');
  });
});
