export const scheduleEn = {
  title: 'Schedule',
  empty: 'No article is scheduled.',
  intro: 'Scheduled articles, soonest first.',
};
