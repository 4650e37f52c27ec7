import { TextInput, type TextInputProps } from 'react-admin';
import { utcToZonedLocal, zonedLocalToUtc } from '../../lib/time';
import { newsroomZone } from '../../common/timeZone';

const DAY_END_MS = 60_000 - 1;

/** A day of the newsroom calendar; `end` bounds the range at the day's last millisecond. */
const parseDay = (end: boolean) => (day: string) => {
  if (!day) return undefined;
  const utc = zonedLocalToUtc(`${day}T${end ? '23:59' : '00:00'}`, newsroomZone);
  if (!utc) return undefined;
  return end ? new Date(Date.parse(utc) + DAY_END_MS).toISOString() : utc;
};
const formatDay = (iso: string | null | undefined) =>
  iso ? (utcToZonedLocal(iso, newsroomZone) ?? '').slice(0, 10) : '';

/** A date filter bound (`publishedAt_gte` / `_lte`) whose days are the newsroom's, not the browser's. */
export const ZonedDateFilter = ({ end = false, ...props }: TextInputProps & { end?: boolean }) => (
  <TextInput
    type="date"
    parse={parseDay(end)}
    format={formatDay}
    slotProps={{ inputLabel: { shrink: true } }}
    {...props}
  />
);
