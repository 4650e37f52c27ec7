import fc from 'fast-check';
import { tzScan } from '@date-fns/tz';
import { resolveLocal, utcToZonedLocal, zonedLocalToUtc } from '../../../src/lib/time';

const MINUTE = 60_000;
const start = Date.UTC(2020, 0, 1);
const end = Date.UTC(2031, 0, 1);
const zones = ['Asia/Baghdad', 'Europe/London', 'America/New_York'] as const;

/** Every minute from 2020 through 2030. */
const instant = fc.integer({ min: start / MINUTE, max: end / MINUTE - 1 }).map((m) => m * MINUTE);

/** The repeated hours (clocks going back) of a zone: [first UTC ms of the second pass, length]. */
const repeats = (tz: string) =>
  tzScan(tz, { start: new Date(start), end: new Date(end) })
    .filter((c) => c.change < 0)
    .map((c) => ({ from: c.date.getTime(), length: -c.change * MINUTE }));

describe.each(zones)('UTC → %s wall clock → UTC', (tz) => {
  const repeated = repeats(tz);

  it('knows the zone’s clock changes (none in Baghdad, 11 autumn changes elsewhere)', () => {
    expect(repeated).toHaveLength(tz === 'Asia/Baghdad' ? 0 : 11);
  });

  it('is the identity, except in the second pass of a repeated hour, which maps an hour earlier', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const back = Date.parse(
          zonedLocalToUtc(utcToZonedLocal(new Date(t).toISOString(), tz)!, tz)!,
        );
        const r = repeated.find((x) => t >= x.from && t < x.from + x.length);
        return back === (r ? t - r.length : t);
      }),
      { numRuns: 3000 },
    );
  });

  it('holds at every minute around each clock change', () => {
    for (const change of tzScan(tz, { start: new Date(start), end: new Date(end) })) {
      for (let m = -90; m <= 90; m++) {
        const t = change.date.getTime() + m * MINUTE;
        const back = Date.parse(
          zonedLocalToUtc(utcToZonedLocal(new Date(t).toISOString(), tz)!, tz)!,
        );
        const inSecondPass = change.change < 0 && m >= 0 && m < -change.change;
        expect(back).toBe(inSecondPass ? t + change.change * MINUTE : t);
      }
    }
  });
});

describe.each(zones)('%s wall clock → UTC → wall clock', (tz) => {
  it('gives back the typed time unless it was skipped, when it moves forward by the gap', () => {
    fc.assert(
      fc.property(instant, (t) => {
        const local = new Date(t).toISOString().slice(0, 16); // any wall time in range
        const resolved = resolveLocal(local, tz)!;
        const shown = utcToZonedLocal(resolved.utc, tz)!;
        if (resolved.kind !== 'skipped') return shown === local;
        return Date.parse(`${shown}Z`) - Date.parse(`${local}Z`) === 60 * MINUTE;
      }),
      { numRuns: 3000 },
    );
  });
});

describe.each(['Europe/London', 'America/New_York'])('%s spring gaps', (tz) => {
  it('reports every minute of each spring gap as skipped, and no other minute near it', () => {
    for (const change of tzScan(tz, { start: new Date(start), end: new Date(end) })) {
      if (change.change < 0) continue;
      // Wall clock just before the jump, read as UTC fields.
      const wallAtJump = change.date.getTime() + (change.offset - change.change) * MINUTE;
      for (let m = -30; m < change.change + 30; m++) {
        const local = new Date(wallAtJump + m * MINUTE).toISOString().slice(0, 16);
        const kind = resolveLocal(local, tz)!.kind;
        expect(kind, local).toBe(m >= 0 && m < change.change ? 'skipped' : 'exact');
      }
    }
  });
});
