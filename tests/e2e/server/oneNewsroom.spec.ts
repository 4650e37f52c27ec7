import { expect, test } from '@playwright/test';
import { langs } from '../a11y/pages';
import { signInTab } from '../browser/tabs';
import { wordsFor } from '../support/words';
import { createArticle, newBrowser, openArticle, titleField, unique } from './support';

for (const lang of langs) {
  test(`two browsers, one newsroom: a save in one is what the other reads next (${lang})`, async ({
    browser,
  }) => {
    const w = wordsFor(lang);
    const editor = await newBrowser(browser, lang);
    const moderator = await newBrowser(browser, lang);
    await signInTab(editor, lang, 'editor');
    await signInTab(moderator, lang, 'moderator');
    const article = await createArticle(editor, lang, unique(`shared-${lang}`));

    // The moderator reads the article before the editor changes it.
    await moderator.goto(`/#/articles/${article.id}/show`);
    await expect(moderator.getByRole('heading', { level: 1 })).toHaveText(article.title);

    await openArticle(editor, lang, article);
    const title = `${article.title} (saved in the other browser)`;
    await titleField(editor, lang).fill(title);
    await editor.getByRole('button', { name: w.save, exact: true }).click();
    await expect(editor.getByText(w.saved)).toBeVisible();

    // The moderator's next read, in a browser that shares nothing with the editor's, is the save.
    await moderator.getByRole('button', { name: w.refresh }).click();
    await expect(moderator.getByRole('heading', { level: 1 })).toHaveText(title);
    await moderator.goto(`/#/articles?filter=${encodeURIComponent(JSON.stringify({ q: article.title }))}`);
    await expect(moderator.getByRole('cell', { name: title })).toBeVisible();
    await editor.context().close();
    await moderator.context().close();
  });
}
