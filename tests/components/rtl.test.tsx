import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/providers/store';
import { renderApp, signInAs, withEmbeddedBackend } from './renderApp';

withEmbeddedBackend();

describe('Arabic', () => {
  it('switches the whole admin to right-to-left, in Arabic', async () => {
    await signInAs('admin');
    const { user } = renderApp('/tags');
    await screen.findAllByText('afghanistan', {}, { timeout: 10000 });
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');

    await user.click(screen.getByRole('button', { name: 'Language: English' }));
    await user.click(screen.getByRole('menuitem', { name: 'العربية' }));

    await screen.findByRole('button', { name: 'اللغة: العربية' }, { timeout: 10000 });
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    const menu = screen.getAllByRole('menuitem').map((item) => item.textContent?.trim());
    expect(menu).toEqual(expect.arrayContaining(['لوحة التحكم', 'الوسوم', 'المستخدمون']));
    // The styles come from the RTL emotion cache (stylis-plugin-rtl), not the LTR one.
    expect(document.querySelector('style[data-emotion^="muirtl"]')).not.toBeNull();
    expect(within(screen.getByRole('table')).getByText('الاسم')).toBeInTheDocument();
  });

  it('remembers the choice for the next visit, even after signing out', async () => {
    const store = createStore();
    await signInAs('admin');
    const first = renderApp('/tags', store);
    await first.user.click(
      await screen.findByRole('button', { name: 'Language: English' }, { timeout: 10000 }),
    );
    await first.user.click(screen.getByRole('menuitem', { name: 'العربية' }));
    await screen.findByRole('button', { name: 'اللغة: العربية' }, { timeout: 10000 });
    first.unmount();
    store.reset(); // what react-admin does on logout

    renderApp('/login', store);
    expect(
      await screen.findByRole('button', { name: 'تسجيل الدخول' }, { timeout: 10000 }),
    ).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });
});
