import { expect, test, type Page } from '@playwright/test';
import { langs } from '../a11y/pages';
import { api } from '../support/app';
import { wordsFor, type Lang } from '../support/words';
import { createArticle, unique } from '../server/support';
import { getArticle } from '../workflow/support';
import { mainMenu, openTab, signInTab } from './tabs';

/**
 * Runs on both projects. On the server every test shares one newsroom with the others, so each
 * works on records it creates under a name of its own (README, Architecture: the server's
 * browser tests isolate by their own records).
 */

const titleField = (page: Page, lang: Lang) =>
  page.getByRole('textbox', { name: wordsFor(lang).title, exact: true });

for (const lang of langs) {
  test(`two tabs: a save in one is what the other reads next, and the other's stale save meets the conflict view (${lang})`, async ({
    page: a,
    context,
  }) => {
    const w = wordsFor(lang);
    await signInTab(a, lang, 'editor');
    const article = await createArticle(a, lang, unique(`tabs-two-${lang}`));
    // Tab B opens on the same article, signed in by tab A's session.
    const b = await openTab(context, lang, `#/articles/${article.id}`);
    await expect(titleField(b, lang)).toHaveValue(article.title);
    await a.goto(`/#/articles/${article.id}`);
    await expect(titleField(a, lang)).toHaveValue(article.title);

    await titleField(a, lang).fill(`${article.title} (tab A)`);
    await a.getByRole('button', { name: w.save, exact: true }).click();
    await expect(a.getByText(w.saved)).toBeVisible();
    expect((await getArticle(b, article.id)).title).toBe(`${article.title} (tab A)`);

    // Tab B still edits the version it opened: its save is stale.
    await titleField(b, lang).fill(`${article.title} (tab B)`);
    await b.getByRole('button', { name: w.save, exact: true }).click();
    const dialog = b.getByRole('dialog', { name: w.conflict });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radiogroup', { name: w.title }).getByLabel(w.keepBoth).check();
    await dialog.getByRole('button', { name: w.saveMerged }).click();
    await expect(b.getByText(w.saved)).toBeVisible();

    // A third tab, opened now, shows the merge: neither tab's words were lost.
    const c = await openTab(context, lang, `#/articles/${article.id}`);
    await expect(titleField(c, lang)).toHaveValue(
      `${article.title} (tab A) ${article.title} (tab B)`,
    );
  });

  test(`three tabs: each reads the others' saves, and closing them in any order loses none (${lang})`, async ({
    page: a,
    context,
  }) => {
    const w = wordsFor(lang);
    await signInTab(a, lang, 'admin');
    const b = await openTab(context, lang, '#/tags/create');
    const c = await openTab(context, lang, '#/tags');
    await expect(mainMenu(c, lang)).toBeVisible();
    await a.goto('/#/tags/create');

    const suffix = unique(lang);
    const tags = { a: `tab-a-${suffix}`, b: `tab-b-${suffix}` };
    for (const [tab, name] of [
      [a, tags.a],
      [b, tags.b],
    ] as const) {
      await tab.getByRole('textbox', { name: new RegExp(`^${w.tagName}`) }).fill(name);
      await tab.getByRole('button', { name: w.save, exact: true }).click();
      await expect(tab).toHaveURL(/#\/tags$/);
    }
    // Tab C, open on the list since before, finds both when it searches.
    await c.getByRole('textbox', { name: w.tagSearch }).fill(suffix);
    const row = (name: string) =>
      c.getByRole('row').filter({ has: c.getByRole('cell', { name, exact: true }) });
    await expect(row(tags.a)).toHaveCount(1);
    await expect(row(tags.b)).toHaveCount(1);
    // And tab C saves through the API, as any tab's page does.
    const article = await createArticle(c, lang, unique(`tabs-three-${lang}`));
    expect(
      (
        await api(c, 'PUT', `/articles/${article.id}`, {
          ...article,
          title: `Saved in tab C (${lang})`,
        })
      ).status,
    ).toBe(200);

    // Close them, the last writer first in English, the first one first in Arabic.
    for (const tab of lang === 'en' ? [c, b, a] : [a, b, c]) await tab.close();
    const d = await context.newPage();
    await signInTab(d, lang, 'admin');
    const { json: found } = await api<{ name: string }[]>(
      d,
      'GET',
      `/tags?filter=${encodeURIComponent(JSON.stringify({ q: suffix }))}`,
    );
    expect(found.map((t) => t.name).sort()).toEqual([tags.a, tags.b]);
    expect((await getArticle(d, article.id)).title).toBe(`Saved in tab C (${lang})`);
  });
}
