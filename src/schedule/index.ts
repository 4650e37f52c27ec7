import { SchedulePage } from './SchedulePage';

/** The Schedule page, mounted as a custom route; the menu shows it when canAccess allows. */
export const schedulePath = '/schedule';
/** App.tsx mounts it under this name. */
export { SchedulePage as ScheduleList };
export { PublishAtInput } from './PublishAtInput';
export { TimeZoneSelect } from './TimeZoneSelect';
export { getNewsroomZone, setNewsroomZone, useNewsroomZone, TIME_ZONE_KEY } from './timeZoneSetting';
