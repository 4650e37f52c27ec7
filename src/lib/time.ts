/**
 * The newsroom's time: records store UTC instants; people see and type wall-clock times in
 * the newsroom zone (a setting, default `Asia/Baghdad`). See zonedTime.ts for the
 * daylight-saving rules and timeFormat.ts for display.
 */
export {
  DEFAULT_TIME_ZONE,
  isValidTimeZone,
  newsroomTimeZone,
  resolveLocal,
  utcToZonedLocal,
  zonedDateKey,
  zonedLocalToUtc,
  type LocalTimeKind,
  type ResolvedLocal,
} from './zonedTime';
export { formatInZone, relativeTime, zoneLabel } from './timeFormat';
