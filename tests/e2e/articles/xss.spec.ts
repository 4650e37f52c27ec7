import { expect, test, type Page } from '@playwright/test';
import { xssPayloads } from '../../fixtures/xss';
import { api, signIn } from '../support/app';

test.setTimeout(240_000);

/** Every way a payload could show it ran: a dialog, a global flag, a page error. */
const watch = async (page: Page) => {
  const fired: string[] = [];
  page.on('dialog', (d) => {
    fired.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => fired.push(`error: ${e.message}`));
  await page.addInitScript(() => {
    (window as unknown as { __xss: number }).__xss = 0;
  });
  return fired;
};
const flag = (page: Page) =>
  page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0);

/** Nothing executable survived into the rendered article. */
const assertInert = async (page: Page) => {
  const view = page.getByTestId('article-view');
  await expect(view).toBeVisible();
  const risky = await view.evaluate((root) => {
    const bad: string[] = [];
    for (const el of Array.from(root.querySelectorAll('*'))) {
      if (
        ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'BASE', 'META', 'STYLE'].includes(
          el.tagName,
        )
      )
        bad.push(el.tagName);
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name) || /^\s*(javascript|data|vbscript):/i.test(a.value))
          bad.push(`${el.tagName}[${a.name}]`);
      }
    }
    return bad;
  });
  expect(risky).toEqual([]);
};

test('XSS payloads stored through the API run nowhere: list, show page, preview', async ({
  page,
}) => {
  const fired = await watch(page);
  await signIn(page, 'admin');
  const probe = {
    name: 'flag setter',
    html: '<img src=x onerror="window.__xss=1"><svg onload="window.__xss=1"></svg>',
  };
  const payloads = [...xssPayloads, probe];
  const ids: number[] = [];
  for (const [i, p] of payloads.entries()) {
    const res = await api<{ id: number }>(page, 'POST', '/articles', {
      title: `XSS probe ${i} ${p.html}`.slice(0, 300),
      slug: `xss-probe-${i}`,
      lang: 'en',
      summary: p.html.slice(0, 1000),
      body: `<p>before</p>${p.html}<p>after</p>`,
      status: 'draft',
      copyright: p.html.slice(0, 200),
    });
    expect(res.status, p.name).toBe(201);
    ids.push(res.json.id);
  }
  const all = await api<{ id: number }>(page, 'POST', '/articles', {
    title: 'XSS probe all',
    slug: 'xss-probe-all',
    lang: 'en',
    status: 'draft',
    body: payloads.map((p) => p.html).join('\n'),
  });

  await page.goto('/#/articles');
  await page.getByPlaceholder('Search').fill('XSS probe');
  await expect(page.locator('tbody tr').first()).toContainText('XSS probe');
  await page.getByRole('combobox', { name: /Rows per page/ }).click();
  await page.getByRole('option', { name: '50' }).click();
  await expect(page.locator('tbody tr')).toHaveCount(50);

  for (const id of ids) {
    await page.goto(`/#/articles/${id}/show`);
    await assertInert(page);
  }
  await page.goto(`/#/articles/${all.json.id}`);
  await page.getByRole('button', { name: 'Preview' }).click();
  await assertInert(page);
  await page.waitForTimeout(500);
  expect(await flag(page)).toBe(0);
  expect(fired).toEqual([]);
});
