import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { zonedDateKey } from '../lib/zonedTime';
import { dayBoundUtc, reanchorBound, type DayBound } from '../lib/zonedDay';
import { earlierZones, useNewsroomZone } from './timeZone';

/**
 * `parse` and `format` for a filter input whose days are the newsroom's (see lib/zonedDay.ts),
 * following the zone setting live. When the zone changes, a bound picked under the earlier
 * zone moves to the same day in the new one ("from 1 May" stays 1 May), through the filter
 * form, so the list asks again.
 */
export const useZonedDayBound = (source: string, bound: DayBound) => {
  const zone = useNewsroomZone();
  const { getValues, setValue } = useFormContext();

  useEffect(() => {
    const value: unknown = getValues(source);
    if (typeof value !== 'string' || !value) return;
    const moved = reanchorBound(value, zone, earlierZones(), bound);
    if (!moved) return;
    // Next tick: on mount the filter form subscribes to its values after its inputs' effects.
    const timer = setTimeout(() => setValue(source, moved, { shouldDirty: true }));
    return () => clearTimeout(timer);
  }, [zone, source, bound, getValues, setValue]);

  return {
    // '' (not undefined) clears: the filter form drops empty strings from the list's filters.
    parse: (day: string) => (day ? (dayBoundUtc(day, zone, bound) ?? '') : ''),
    format: (iso: unknown) =>
      typeof iso === 'string' && iso ? (zonedDateKey(iso, zone) ?? '') : '',
  };
};
