import { expect, test } from '@playwright/test';
import { langs } from '../a11y/pages';
import { signInTab } from '../browser/tabs';
import { api } from '../support/app';
import { wordsFor } from '../support/words';
import { landed, newBrowser, signInWith, unique } from './support';

interface CreatedUser {
  id: number;
  email: string;
  temporaryPassword: string;
}

for (const lang of langs) {
  test(`a user an admin creates in the Users screen signs in from another browser (${lang})`, async ({
    browser,
  }) => {
    const w = wordsFor(lang);
    const admin = await newBrowser(browser, lang);
    await signInTab(admin, lang, 'admin');
    await admin.goto('/#/users/create');
    const name = unique(`reporter-${lang}`);
    const email = `${name}@newsdesk.test`;
    await admin.getByRole('textbox', { name: new RegExp(`^${w.userName}`) }).fill(name);
    await admin.getByRole('textbox', { name: new RegExp(`^${w.userEmail}`) }).fill(email);
    await admin.getByRole('combobox', { name: new RegExp(`^${w.userRole}`) }).click();
    await admin.getByRole('option', { name: w.roleEditor, exact: true }).click();
    await admin.getByRole('button', { name: w.save, exact: true }).click();
    // The temporary password is shown this once, to be handed to the new user.
    const shown = admin.getByRole('dialog', { name: w.temporaryPassword });
    const password = (await shown.getByTestId('temporary-password').textContent())?.trim() ?? '';
    expect(password).not.toBe('');
    await shown.getByRole('button', { name: w.done }).click();
    await expect(admin).toHaveURL(/#\/users$/);

    // Another browser, nothing shared with the admin's but the server.
    const reporter = await newBrowser(browser, lang);
    await signInWith(reporter, lang, email, password);
    const me = await api<{ email: string; role: string }>(reporter, 'GET', '/auth/me');
    expect(me.json).toMatchObject({ email, role: 'editor' });
    await admin.context().close();
    await reporter.context().close();
  });

  test(`a user an admin deactivates is signed out in their own browser at the next request (${lang})`, async ({
    browser,
  }) => {
    const w = wordsFor(lang);
    const admin = await newBrowser(browser, lang);
    await signInTab(admin, lang, 'admin');
    const name = unique(`leaver-${lang}`);
    const created = await api<CreatedUser>(admin, 'POST', '/users', {
      name,
      email: `${name}@newsdesk.test`,
      role: 'editor',
      active: true,
    });
    expect(created.status).toBe(201);
    const { id, email, temporaryPassword } = created.json;
    const leaver = await newBrowser(browser, lang);
    await signInWith(leaver, lang, email, temporaryPassword);
    // The leaver's dashboard has all its figures before the admin acts: a figure still loading
    // would meet the ended session first, and its sign-in dialog would cover Refresh (a CI run).
    await landed(leaver);

    // The admin switches Active off in the Users screen and saves.
    await admin.goto(`/#/users/${id}`);
    const active = admin.getByRole('switch', { name: w.userActive });
    await expect(active).toBeChecked();
    await active.uncheck();
    await admin.getByRole('button', { name: w.save, exact: true }).click();
    await expect(admin).toHaveURL(/#\/users$/);

    // The leaver's next request (Refresh) finds the session gone: the sign-in dialog opens,
    // and signing in again is refused with the reason.
    await leaver.getByRole('button', { name: w.refresh }).click();
    const dialog = leaver.getByRole('dialog', { name: w.expired });
    await expect(dialog).toBeVisible();
    expect((await api(leaver, 'GET', '/auth/me')).status).toBe(401);
    await dialog.getByLabel(w.password).fill(temporaryPassword);
    await dialog.getByRole('button', { name: w.signInAgain, exact: true }).click();
    await expect(dialog.getByRole('alert')).toHaveText(w.accountInactive);
    await expect(dialog).toBeVisible();
    await admin.context().close();
    await leaver.context().close();
  });
}
