import { ScheduleList } from './ScheduleList';

/** The Schedule page, mounted as a custom route; the menu shows it when canAccess allows. */
export const schedulePath = '/schedule';
export { ScheduleList };
