import englishMessages from 'ra-language-english';
import { raArabic } from '../../../src/i18n/sections/raArabic';
import { authAr } from '../../../src/i18n/sections/auth.ar';
import { authEn } from '../../../src/i18n/sections/auth.en';
import { articlesAr } from '../../../src/i18n/sections/articles.ar';
import { articlesEn } from '../../../src/i18n/sections/articles.en';
import { layoutAr } from '../../../src/i18n/sections/layout.ar';
import { layoutEn } from '../../../src/i18n/sections/layout.en';
import { tagsAr } from '../../../src/i18n/sections/tags.ar';
import { tagsEn } from '../../../src/i18n/sections/tags.en';
import { usersAr } from '../../../src/i18n/sections/users.ar';
import { usersEn } from '../../../src/i18n/sections/users.en';
import { workflowAr } from '../../../src/i18n/sections/workflow.ar';
import { workflowEn } from '../../../src/i18n/sections/workflow.en';

export type Lang = 'en' | 'ar';

const catalogs = {
  en: {
    ra: englishMessages.ra,
    auth: authEn,
    articles: articlesEn,
    layout: layoutEn,
    tags: tagsEn,
    users: usersEn,
    workflow: workflowEn,
  },
  ar: {
    ra: raArabic,
    auth: authAr,
    articles: articlesAr,
    layout: layoutAr,
    tags: tagsAr,
    users: usersAr,
    workflow: workflowAr,
  },
};

/** The names a user sees, in either language, from the app's own catalogs. */
export const wordsFor = (lang: Lang) => {
  const c = catalogs[lang];
  return {
    email: c.auth.email,
    password: c.auth.password,
    signIn: c.auth.sign_in,
    mainMenu: c.layout.menu.label,
    dashboard: c.layout.menu.dashboard,
    userMenu: c.ra.auth.user_menu,
    logout: c.ra.auth.logout,
    refresh: c.ra.action.refresh,
    save: c.ra.action.save,
    title: c.articles.fields.title,
    body: c.articles.fields.body,
    tagName: c.tags.fields.name,
    tagSearch: c.tags.fields.q,
    saved: c.workflow.save.saved,
    conflict: c.workflow.conflict.title,
    keepBoth: c.workflow.conflict.keep_both,
    saveMerged: c.workflow.conflict.save,
    expired: c.workflow.reauth.title,
    signInAgain: c.workflow.reauth.submitPage,
    signInAndSave: c.workflow.reauth.submit,
    signInFailed: c.workflow.reauth.failed,
    accountInactive: c.auth.account_inactive,
    create: c.ra.action.create,
    userName: c.users.fields.name,
    userEmail: c.users.fields.email,
    userRole: c.users.fields.role,
    userActive: c.users.fields.active,
    roleEditor: c.users.roles.editor,
    temporaryPassword: c.users.password.title,
    done: c.users.password.done,
  };
};
export type Words = ReturnType<typeof wordsFor>;
