/** The Schedule page itself is loaded lazily by App.tsx, straight from ./SchedulePage. */
export { PublishAtInput } from './PublishAtInput';
export { TimeZoneSelect } from './TimeZoneSelect';
export { getNewsroomZone, setNewsroomZone, useNewsroomZone, TIME_ZONE_KEY } from './timeZoneSetting';
