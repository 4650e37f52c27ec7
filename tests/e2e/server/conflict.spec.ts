import { expect, test } from '@playwright/test';
import { langs } from '../a11y/pages';
import { signInTab } from '../browser/tabs';
import { wordsFor } from '../support/words';
import { getArticle } from '../workflow/support';
import { bodyField, createArticle, newBrowser, openArticle, titleField, unique } from './support';

for (const lang of langs) {
  test(`two editors in two browsers open one article: the first saves, the second's save meets the conflict view, and the first's words stay on the server (${lang})`, async ({
    browser,
  }) => {
    const w = wordsFor(lang);
    const first = await newBrowser(browser, lang);
    const second = await newBrowser(browser, lang);
    await signInTab(first, lang, 'editor');
    await signInTab(second, lang, 'admin');
    const article = await createArticle(first, lang, unique(`conflict-${lang}`));
    await openArticle(first, lang, article);
    await openArticle(second, lang, article);

    // The first editor adds a paragraph and saves: version 2, on the server.
    const words = `Words the first editor saved (${lang}).`;
    await bodyField(first, lang).click();
    await first.keyboard.press('Control+End');
    await first.keyboard.press('Enter');
    await first.keyboard.type(words);
    await first.getByRole('button', { name: w.save, exact: true }).click();
    await expect(first.getByText(w.saved)).toBeVisible();

    // The second, in another browser, still edits version 1: the server refuses the stale save.
    await titleField(second, lang).fill(`${article.title} (second editor)`);
    await second.getByRole('button', { name: w.save, exact: true }).click();
    const dialog = second.getByRole('dialog', { name: w.conflict });
    await expect(dialog).toBeVisible();
    const kept = await getArticle(second, article.id);
    expect(kept.version).toBe(article.version + 1);
    expect(kept.body).toContain(words);
    expect(kept.title).toBe(article.title);

    // The merge the conflict view offers keeps both: their paragraph and the second's headline.
    await dialog.getByRole('button', { name: w.saveMerged }).click();
    await expect(second.getByText(w.saved)).toBeVisible();
    const merged = await getArticle(first, article.id);
    expect(merged.title).toBe(`${article.title} (second editor)`);
    expect(merged.body).toContain(words);
    await expect(bodyField(second, lang)).toContainText(words);
    await first.context().close();
    await second.context().close();
  });
}
