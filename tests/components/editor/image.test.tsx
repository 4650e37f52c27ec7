import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { editorOf, expectBody, renderBodyInput, select, textbox } from './renderBodyInput';

const openImageDialog = async (user: ReturnType<typeof renderBodyInput>['user']) => {
  await user.click(
    within(screen.getByRole('toolbar', { name: 'Formatting' })).getByRole('button', {
      name: 'Image',
    }),
  );
  return screen.findByRole('dialog', { name: 'Image' });
};

describe('images', () => {
  it('inserts a figure with caption and a credit picked from photo credits', async () => {
    const { user } = renderBodyInput({ body: '<p>Lead</p>' });
    await select(5, 5);
    const dialog = await openImageDialog(user);
    await user.type(
      within(dialog).getByLabelText(/Image URL/),
      'https://cdn.newsdesk.test/sign.jpg',
    );
    await user.type(within(dialog).getByLabelText(/Alt text/), 'Officials sign the agreement');
    await user.type(within(dialog).getByLabelText('Caption'), 'Signing in Tokyo.');
    await user.type(within(dialog).getByLabelText('Photo credit'), 'cabal');
    await user.click(
      await screen.findByRole('option', { name: 'ANDREW CABALLERO-REYNOLDS / AFP' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Insert' }));
    await expectBody(
      '<p>Lead</p><figure data-credit-id="7"><img src="https://cdn.newsdesk.test/sign.jpg" alt="Officials sign the agreement">' +
        '<figcaption>Signing in Tokyo. <span>Photo by ANDREW CABALLERO-REYNOLDS / AFP</span></figcaption></figure>',
    );
    // Focus is back in the text with a caret after the figure, so typing cannot replace it.
    await waitFor(() => expect(textbox()).toHaveFocus());
    const { selection } = editorOf().state;
    expect(selection.empty).toBe(true);
    expect(selection.$from.parent.type.name).toBe('paragraph');
    expect(selection.from).toBeGreaterThan(editorOf().state.doc.child(1).nodeSize);
  });

  it('writes the credit in the article’s language', async () => {
    const { user } = renderBodyInput({ articleLang: 'ar', body: '<p>مقدمة</p>' });
    await select(6, 6);
    const dialog = await openImageDialog(user);
    await user.type(within(dialog).getByLabelText(/Image URL/), 'https://cdn.newsdesk.test/b.jpg');
    await user.type(within(dialog).getByLabelText(/Alt text/), 'فيضانات');
    await user.click(within(dialog).getByLabelText('Photo credit'));
    await user.click(await screen.findByRole('option', { name: 'Hussein Faleh / AFP' }));
    await user.click(within(dialog).getByRole('button', { name: 'Insert' }));
    await expectBody(
      '<p>مقدمة</p><figure data-credit-id="8"><img src="https://cdn.newsdesk.test/b.jpg" alt="فيضانات">' +
        '<figcaption><span>تصوير Hussein Faleh / AFP</span></figcaption></figure>',
    );
  });

  it('requires alt text and an http(s) address', async () => {
    const { user } = renderBodyInput({ body: '<p>Lead</p>' });
    const dialog = await openImageDialog(user);
    await user.type(within(dialog).getByLabelText(/Image URL/), 'javascript:alert(1)');
    await user.click(within(dialog).getByRole('button', { name: 'Insert' }));
    expect(within(dialog).getByLabelText(/Image URL/)).toHaveAccessibleDescription(
      'Enter an image address starting with https://.',
    );
    expect(within(dialog).getByLabelText(/Alt text/)).toHaveAccessibleDescription(
      'Alt text is required.',
    );
    expect(screen.getByTestId('body-value')).toHaveTextContent('<p>Lead</p>');
  });

  it('opens with Ctrl+Alt+M', async () => {
    renderBodyInput({ body: '<p>Lead</p>' });
    fireEvent.keyDown(textbox(), { key: 'm', ctrlKey: true, altKey: true });
    expect(await screen.findByRole('dialog', { name: 'Image' })).toBeInTheDocument();
  });

  it('round-trips a stored figure without warning', async () => {
    const figure =
      '<figure data-credit-id="7"><img src="https://cdn.newsdesk.test/a.jpg" alt="A"><figcaption>Cap <span>Photo by X / AFP</span></figcaption></figure>';
    renderBodyInput({ body: figure });
    expect(within(textbox()).getByRole('img', { name: 'A' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
