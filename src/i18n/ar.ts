import type { DeepStrings } from './types';
import type { Messages } from './en';
import { raArabic } from './sections/raArabic';
import { activityAr } from './sections/activity.ar';
import { articlesAr } from './sections/articles.ar';
import { authAr } from './sections/auth.ar';
import { authorsAr } from './sections/authors.ar';
import { categoriesAr } from './sections/categories.ar';
import { commonAr } from './sections/common.ar';
import { dashboardAr } from './sections/dashboard.ar';
import { editorAr } from './sections/editor.ar';
import { layoutAr } from './sections/layout.ar';
import { metricsAr } from './sections/metrics.ar';
import { photoCreditsAr } from './sections/photoCredits.ar';
import { revisionsAr } from './sections/revisions.ar';
import { scheduleAr } from './sections/schedule.ar';
import { tagsAr } from './sections/tags.ar';
import { usersAr } from './sections/users.ar';
import { validationAr } from './sections/validation.ar';
import { workflowAr } from './sections/workflow.ar';

/** The Arabic catalog: a key missing here is a compile error. Loaded only when chosen. */
export const ar = {
  ra: raArabic,
  nd: {
    common: commonAr,
    auth: authAr,
    layout: layoutAr,
    validation: validationAr,
    dashboard: dashboardAr,
    editor: editorAr,
    workflow: workflowAr,
    schedule: scheduleAr,
  },
  resources: {
    articles: articlesAr,
    categories: categoriesAr,
    tags: tagsAr,
    authors: authorsAr,
    'photo-credits': photoCreditsAr,
    users: usersAr,
    activity: activityAr,
    revisions: revisionsAr,
    metrics: metricsAr,
  },
} satisfies DeepStrings<Messages>;
