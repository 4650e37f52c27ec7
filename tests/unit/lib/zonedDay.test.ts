import { dayBoundUtc, dayOfBound, reanchorBound } from '../../../src/lib/zonedDay';

describe('a filter day in the newsroom calendar', () => {
  it('runs from its first to its last millisecond in the zone', () => {
    expect(dayBoundUtc('2025-05-01', 'Asia/Baghdad', 'start')).toBe('2025-04-30T21:00:00.000Z');
    expect(dayBoundUtc('2025-05-01', 'Asia/Baghdad', 'end')).toBe('2025-05-01T20:59:59.999Z');
    expect(dayBoundUtc('2025-05-01', 'Europe/London', 'start')).toBe('2025-04-30T23:00:00.000Z');
  });

  it('covers a 25-hour day whole when clocks go back', () => {
    const start = Date.parse(dayBoundUtc('2025-10-26', 'Europe/London', 'start')!);
    const end = Date.parse(dayBoundUtc('2025-10-26', 'Europe/London', 'end')!);
    expect(end + 1 - start).toBe(25 * 3_600_000);
  });

  it('rejects what is not a day', () => {
    expect(dayBoundUtc('2025-02-30', 'Asia/Baghdad', 'start')).toBeNull();
    expect(dayBoundUtc('soon', 'Asia/Baghdad', 'end')).toBeNull();
  });

  it('reads a bound back as its day, and a time inside a day as no bound', () => {
    expect(dayOfBound('2025-04-30T21:00:00.000Z', 'Asia/Baghdad', 'start')).toBe('2025-05-01');
    expect(dayOfBound('2025-05-01T20:59:59.999Z', 'Asia/Baghdad', 'end')).toBe('2025-05-01');
    expect(dayOfBound('2025-04-30T21:00:00.000Z', 'Europe/London', 'start')).toBeNull();
  });
});

describe('after the newsroom zone changes', () => {
  it('keeps the day a bound was picked for, in the new zone', () => {
    expect(
      reanchorBound('2025-04-30T21:00:00.000Z', 'Europe/London', ['Asia/Baghdad'], 'start'),
    ).toBe('2025-04-30T23:00:00.000Z');
    expect(
      reanchorBound('2025-05-01T20:59:59.999Z', 'Europe/London', ['Asia/Baghdad'], 'end'),
    ).toBe('2025-05-01T22:59:59.999Z');
  });

  it('reads a bound in the most recent earlier zone that explains it', () => {
    // 12:00 UTC on 1 May is midnight of 2 May at UTC+12 and of 1 May at UTC-12.
    const noon = '2025-05-01T12:00:00.000Z';
    expect(reanchorBound(noon, 'UTC', ['Etc/GMT-12', 'Etc/GMT+12'], 'start')).toBe(
      '2025-05-02T00:00:00.000Z',
    );
    expect(reanchorBound(noon, 'UTC', ['Etc/GMT+12', 'Etc/GMT-12'], 'start')).toBe(
      '2025-05-01T00:00:00.000Z',
    );
  });

  it('leaves a bound already right for the zone, and an instant no zone explains', () => {
    expect(
      reanchorBound('2025-04-30T23:00:00.000Z', 'Europe/London', ['Asia/Baghdad'], 'start'),
    ).toBeNull();
    expect(
      reanchorBound('2025-04-30T21:17:00.000Z', 'Europe/London', ['Asia/Baghdad'], 'start'),
    ).toBeNull();
  });
});
