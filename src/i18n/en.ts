import englishMessages from 'ra-language-english';
import { activityEn } from './sections/activity.en';
import { articlesEn } from './sections/articles.en';
import { authEn } from './sections/auth.en';
import { authorsEn } from './sections/authors.en';
import { categoriesEn } from './sections/categories.en';
import { commonEn } from './sections/common.en';
import { dashboardEn } from './sections/dashboard.en';
import { editorEn } from './sections/editor.en';
import { layoutEn } from './sections/layout.en';
import { metricsEn } from './sections/metrics.en';
import { photoCreditsEn } from './sections/photoCredits.en';
import { revisionsEn } from './sections/revisions.en';
import { scheduleEn } from './sections/schedule.en';
import { tagsEn } from './sections/tags.en';
import { usersEn } from './sections/users.en';
import { validationEn } from './sections/validation.en';
import { workflowEn } from './sections/workflow.en';

/**
 * The English catalog: react-admin's own messages (`ra.*`), the app's (`nd.*`) and, per
 * resource, its name, field labels and the resource's own UI strings (`resources.*`).
 * Each feature owns its section file in ./sections (NAME.en.ts and NAME.ar.ts).
 */
export const en = {
  ...englishMessages,
  nd: {
    common: commonEn,
    auth: authEn,
    layout: layoutEn,
    validation: validationEn,
    dashboard: dashboardEn,
    editor: editorEn,
    workflow: workflowEn,
    schedule: scheduleEn,
  },
  resources: {
    articles: articlesEn,
    categories: categoriesEn,
    tags: tagsEn,
    authors: authorsEn,
    'photo-credits': photoCreditsEn,
    users: usersEn,
    activity: activityEn,
    revisions: revisionsEn,
    metrics: metricsEn,
  },
};
export type Messages = typeof en;
