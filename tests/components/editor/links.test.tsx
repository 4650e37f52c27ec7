import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  bodyValue,
  editorOf,
  expectBody,
  renderBodyInput,
  select,
  textbox,
} from './renderBodyInput';

const openLinkDialog = async (user: ReturnType<typeof renderBodyInput>['user']) => {
  await user.click(
    within(screen.getByRole('toolbar', { name: 'Formatting' })).getByRole('button', {
      name: 'Link',
    }),
  );
  return screen.findByRole('dialog', { name: 'Link' });
};

describe('links', () => {
  it('links the selection to an https address, with rel="noopener noreferrer"', async () => {
    const { user } = renderBodyInput({ body: '<p>Hello world</p>' });
    await select(1, 6);
    const dialog = await openLinkDialog(user);
    await user.type(within(dialog).getByLabelText('Link URL'), 'https://www.afp.com/en');
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await expectBody(
      '<p><a target="_blank" rel="noopener noreferrer" href="https://www.afp.com/en">Hello</a> world</p>',
    );
    // The writer is back in the text with the caret after the link, not on the toolbar and
    // not with the linked words selected (the next key would replace them).
    await waitFor(() => expect(textbox()).toHaveFocus());
    const { selection } = editorOf().state;
    expect([selection.empty, selection.from]).toEqual([true, 6]);
  });

  it('gives the focus back to the text when the dialog is cancelled', async () => {
    const { user } = renderBodyInput({ body: '<p>Hello world</p>' });
    await select(3, 3);
    const dialog = await openLinkDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(textbox()).toHaveFocus());
    expect(editorOf().state.selection.from).toBe(3);
    expect(bodyValue()).toBe('<p>Hello world</p>');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(document.cookie)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ])('refuses %j with a message next to the field', async (url) => {
    const { user } = renderBodyInput({ body: '<p>Hello world</p>' });
    await select(1, 6);
    const dialog = await openLinkDialog(user);
    const field = within(dialog).getByLabelText('Link URL');
    await user.click(field);
    await user.paste(url);
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      'Only web (http, https) and email (mailto) links are allowed.',
    );
    expect(screen.getByRole('dialog', { name: 'Link' })).toBeInTheDocument();
    expect(screen.getByTestId('body-value')).toHaveTextContent('<p>Hello world</p>');
  });

  it('opens with Ctrl+K, edits and removes an existing link', async () => {
    const { user } = renderBodyInput({
      body: '<p><a href="https://old.test" rel="noopener noreferrer" target="_blank">Hello</a> world</p>',
    });
    await select(2, 2);
    fireEvent.keyDown(textbox(), { key: 'k', ctrlKey: true });
    const dialog = await screen.findByRole('dialog', { name: 'Link' });
    expect(within(dialog).getByLabelText('Link URL')).toHaveValue('https://old.test');
    await user.click(within(dialog).getByRole('button', { name: 'Remove link' }));
    await expectBody('<p>Hello world</p>');
  });

  it('never turns a loaded javascript: link into a link', async () => {
    renderBodyInput({
      body: '<p><a href="https://ok.test">ok</a> <a href="javascript:alert(1)">bad</a></p>',
    });
    expect(within(textbox()).getByRole('link', { name: 'ok' })).toHaveAttribute(
      'href',
      'https://ok.test',
    );
    expect(within(textbox()).queryByRole('link', { name: 'bad' })).toBeNull();
    expect(textbox()).toHaveTextContent('ok bad');
  });
});
