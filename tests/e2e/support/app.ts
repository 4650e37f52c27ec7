import { expect, type Page } from '@playwright/test';

export const PASSWORD = 'newsdesk';
export const accounts = {
  admin: 'admin@newsdesk.test',
  editor: 'editor@newsdesk.test',
  moderator: 'moderator@newsdesk.test',
} as const;
export type DemoRole = keyof typeof accounts;

/** Every menu entry of DESIGN.md, in order, and who may open it. */
export const menuEntries: Record<string, DemoRole[]> = {
  Dashboard: ['admin', 'editor', 'moderator'],
  'Needs review': ['admin', 'moderator'],
  Articles: ['admin', 'editor', 'moderator'],
  Schedule: ['admin', 'editor', 'moderator'],
  Categories: ['admin', 'editor', 'moderator'],
  Tags: ['admin', 'editor', 'moderator'],
  Authors: ['admin', 'editor', 'moderator'],
  'Photo credits': ['admin', 'editor', 'moderator'],
  Users: ['admin'],
  Activity: ['admin'],
};

/** Signs in through the login page as a person would, and waits for the app. */
export async function signIn(page: Page, role: DemoRole, path = '/') {
  await page.goto(`${path}#/login`);
  await page.getByLabel('Email').fill(accounts[role]);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(menu(page).getByRole('menuitem', { name: 'Dashboard' })).toBeVisible();
}

export const menu = (page: Page) => page.getByRole('navigation', { name: 'Main menu' });

/** Calls the REST API from the page with the signed-in user's token (as the app would). */
export async function api<T = unknown>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const raw = sessionStorage.getItem('newsdesk.session');
      const token = raw ? (JSON.parse(raw) as { token: string }).token : '';
      const res = await fetch(`/api${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, json: (text ? JSON.parse(text) : null) as T };
    },
    { method, path, body },
  );
}

/** Collects uncaught page errors, so a test can assert the page stayed healthy. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
