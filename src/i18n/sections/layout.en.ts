export const layoutEn = {
  app_title: 'Newsdesk',
  menu: {
    label: 'Main menu',
    dashboard: 'Dashboard',
    needs_review: 'Needs review',
    schedule: 'Schedule',
  },
  language: 'Language',
  reset_demo: {
    menu: 'Reset demo data',
    title: 'Reset demo data?',
    content:
      'Every change made in this browser (articles, tags, users…) will be discarded and the demo data restored. This cannot be undone.',
    content_shared:
      'Every change anyone made on this server (articles, tags, users…) will be discarded and the demo data restored for everybody; everyone else is signed out. This cannot be undone.',
    confirm: 'Reset',
    failed: 'The demo data could not be reset.',
  },
};
