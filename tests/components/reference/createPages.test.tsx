import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, signInAs, withEmbeddedBackend } from '../renderApp';

withEmbeddedBackend();

/** The form's toolbar: the one holding Save. */
const toolbarOf = async () => {
  const save = await screen.findByRole('button', { name: 'Save' }, { timeout: 10000 });
  return save.closest('.MuiToolbar-root') as HTMLElement;
};

describe('a create page offers only what makes sense before the first save', () => {
  it.each(['tags', 'authors', 'photo-credits'])('%s: Delete on the edit page, not on the create page', async (resource) => {
    await signInAs('admin');
    const create = renderApp(`/${resource}/create`);
    expect(within(await toolbarOf()).queryByRole('button', { name: 'Delete' })).toBeNull();
    create.unmount();
    renderApp(`/${resource}/1`);
    expect(await within(await toolbarOf()).findByRole('button', { name: 'Delete' }, { timeout: 10000 })).toBeVisible();
  });

  it('photo credits: an empty form says once where the credit line will show, then prints it in both languages', async () => {
    await signInAs('editor');
    const { user } = renderApp('/photo-credits/create');
    const preview = await screen.findByRole('region', { name: 'Credit line as printed' }, { timeout: 10000 });
    expect(preview).toHaveTextContent('Shown in English and Arabic once a photographer or agency is typed');
    expect(preview).not.toHaveTextContent('—');
    await user.type(screen.getByRole('textbox', { name: /^Photographer/ }), 'Saul Loeb');
    expect(within(preview).getByText('Photo by Saul Loeb')).toHaveAttribute('lang', 'en');
    expect(within(preview).getByText('تصوير Saul Loeb')).toHaveAttribute('lang', 'ar');
    expect(preview).not.toHaveTextContent('Shown in English and Arabic');
  });
});
