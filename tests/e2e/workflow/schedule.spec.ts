import { expect, test } from '@playwright/test';
import { api, menu, signIn } from '../support/app';
import { firstArticle, getArticle } from './support';

test('an article scheduled a few minutes ahead turns Published when the clock passes its time', async ({ page }) => {
  // A fixed morning in the newsroom's zone (Asia/Baghdad, 09:00), so the article's time, five
  // minutes ahead, falls on the day the Day view shows, whenever the suite runs (at the wall
  // clock, from 23:55 there it fell on the next day).
  await page.clock.install({ time: new Date('2026-11-02T06:00:00Z') });
  await signIn(page, 'editor');
  const article = await firstArticle(page, 'draft');
  const now = await page.evaluate(() => Date.now());
  const publishAt = new Date(Math.ceil((now + 5 * 60_000) / 60_000) * 60_000).toISOString();
  const { status } = await api(page, 'PUT', `/articles/${article.id}`, { ...article, status: 'scheduled', publishAt });
  expect(status).toBe(200);

  await menu(page).getByRole('menuitem', { name: 'Schedule' }).click();
  await page.getByRole('button', { name: 'Day', exact: true }).click();
  const item = page.getByTestId('schedule-item').filter({ hasText: article.title });
  await expect(item).toContainText('Scheduled');

  // Past Publish at: the backend's timer publishes it without anyone asking.
  await page.clock.fastForward('06:00');
  const published = await getArticle(page, article.id);
  expect(published).toMatchObject({ status: 'published', publishedAt: publishAt });

  // Leave the Schedule page for good (its first visit loads the list's code, and until then the
  // router keeps Schedule on screen), so coming back reads the schedule afresh.
  await menu(page).getByRole('menuitem', { name: 'Articles' }).click();
  await expect(page.getByRole('tab', { name: /^All/ })).toBeVisible();
  await menu(page).getByRole('menuitem', { name: 'Schedule' }).click();
  await page.getByRole('button', { name: 'Day', exact: true }).click();
  await expect(page.getByTestId('schedule-item').filter({ hasText: article.title })).toContainText('Published');
});

test('the Schedule page names its zone and follows the newsroom time zone setting', async ({ page }) => {
  await signIn(page, 'editor');
  await menu(page).getByRole('menuitem', { name: 'Schedule' }).click();
  await expect(page.getByTestId('schedule-zone')).toContainText('(Asia/Baghdad)');
  const zone = page.getByRole('combobox', { name: 'Newsroom time zone' });
  await zone.fill('Europe/London');
  await page.getByRole('option', { name: 'Europe/London' }).click();
  await expect(page.getByTestId('schedule-zone')).toContainText('(Europe/London)');
  await page.reload();
  await expect(page.getByTestId('schedule-zone')).toContainText('(Europe/London)');
});
